package org.jwp.ledger.node.request;

import java.util.List;
import java.util.Map;

/** A request whose fields break the documented rules (answered 400, naming each field). */
public class InvalidRequest extends RuntimeException {

    public record FieldProblem(String field, String message) {
    }

    private final List<FieldProblem> problems;
    private final Map<String, Object> extra;

    public InvalidRequest(List<FieldProblem> problems, Map<String, Object> extra) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
        this.extra = Map.copyOf(extra);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** Further members of the problem document, e.g. the valid activity codes. */
    public Map<String, Object> extra() {
        return extra;
    }
}
