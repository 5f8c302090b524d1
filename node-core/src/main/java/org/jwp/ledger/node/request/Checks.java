package org.jwp.ledger.node.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects every field problem of a request, so one 400 answer names them all. */
public final class Checks {

    private final List<InvalidRequest.FieldProblem> problems = new ArrayList<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();

    public Checks fail(String field, String message) {
        problems.add(new InvalidRequest.FieldProblem(field, message));
        return this;
    }

    public Checks check(boolean ok, String field, String message) {
        return ok ? this : fail(field, message);
    }

    public Checks with(String member, Object value) {
        extra.put(member, value);
        return this;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public void orThrow() {
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems, extra);
        }
    }
}
