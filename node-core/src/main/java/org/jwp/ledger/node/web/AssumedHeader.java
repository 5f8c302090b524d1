package org.jwp.ledger.node.web;

import org.jwp.ledger.node.request.Checks;
import jakarta.servlet.http.HttpServletRequest;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.ledger.Assumed;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code Ledger-Assumed} request header: the fields of the step being recorded whose values the recorder had to
 * assume (docs/api.md). Each must be a value the step gives: not an identifier, not who acted (those the node sets),
 * and not left empty. Anything else is refused, naming the header, before anything is recorded.
 */
final class AssumedHeader {

    static final String NAME = "Ledger-Assumed";
    private static final int MAX = 12;

    private AssumedHeader() {
    }

    static Assumed of(Object command) {
        String header = current();
        if (header == null || header.isBlank()) {
            return Assumed.NONE;
        }
        Set<String> names = new LinkedHashSet<>();
        Checks checks = new Checks();
        String[] given = header.split(",");
        checks.check(given.length <= MAX, NAME, "names at most " + MAX + " fields");
        for (String raw : given) {
            String name = raw.strip();
            RecordComponent field = component(command, name);
            if (!Assumed.isFieldName(name) || field == null) {
                checks.fail(NAME, "\"" + name + "\" is no field of this step");
            } else if (name.endsWith("Id") || field.getType() == Secretariat.class) {
                checks.fail(NAME, "\"" + name + "\" is set by the node, not assumed by its recorder");
            } else if (value(command, field) == null) {
                checks.fail(NAME, "\"" + name + "\" is not given, so there is nothing to mark as assumed");
            } else {
                names.add(name);
            }
        }
        checks.orThrow();
        return Assumed.of(names);
    }

    private static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? header(a.getRequest()) : null;
    }

    private static String header(HttpServletRequest request) {
        return request.getHeader(NAME);
    }

    private static RecordComponent component(Object command, String name) {
        if (!command.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent c : command.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static Object value(Object command, RecordComponent field) {
        try {
            return field.getAccessor().invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
