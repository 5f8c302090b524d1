package org.jwp.ledger.node.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;

/** What a request field's type asks for, in the words of the form that fills it ("a date (yyyy-mm-dd…)"). */
final class FieldTypes {

    private FieldTypes() {
    }

    static String expected(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date (yyyy-mm-dd, from 1900 to 2999)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a " + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
