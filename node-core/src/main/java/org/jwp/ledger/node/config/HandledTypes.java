package org.jwp.ledger.node.config;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.jwp.ledger.events.Contract;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contract types a projection's event handlers take, read from the handlers themselves so a handler added later
 * is never left without its events. Empty (read everything) when any handler could take more than one contract: its
 * first parameter not a contract, or a payload type given that is not one.
 */
final class HandledTypes {

    private HandledTypes() {
    }

    static Optional<Set<String>> of(Class<?> projection) {
        Set<String> types = new TreeSet<>();
        for (Class<?> c = projection; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                EventHandler handler = m.getAnnotation(EventHandler.class);
                if (handler == null) {
                    continue;
                }
                Class<?> type = handler.payloadType() != Object.class ? handler.payloadType()
                        : m.getParameterCount() > 0 ? m.getParameterTypes()[0] : Object.class;
                if (!type.isAnnotationPresent(Contract.class) || EventMessage.class.isAssignableFrom(type)) {
                    return Optional.empty();
                }
                types.add(type.getName());
            }
        }
        return types.isEmpty() ? Optional.empty() : Optional.of(types);
    }
}
