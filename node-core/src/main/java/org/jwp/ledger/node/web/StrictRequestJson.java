package org.jwp.ledger.node.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A request's JSON values must have their field's type (ledger-node.properties turns off Jackson's other coercions):
 * text only from JSON strings — a number or a flag where text is expected is refused, not written as "0" — and every
 * date a calendar date written {@code yyyy-mm-dd} between 1900 and 2999, a year the store, the reports and the
 * readable identifiers all handle (year -2025 reached the store and failed there as a 500). Found by
 * HostileApiInputIT; each is now a 400 naming the field.
 */
@Configuration(proxyBeanMethods = false)
class StrictRequestJson {

    static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST = LocalDate.of(2999, 12, 31);

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictTypesAndDates() {
        return builder -> builder.deserializerByType(LocalDate.class, new Deserializer())
                .postConfigurer(mapper -> {
                    for (CoercionInputShape shape : new CoercionInputShape[]{CoercionInputShape.Integer,
                            CoercionInputShape.Float, CoercionInputShape.Boolean}) {
                        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
                    }
                });
    }

    static final class Deserializer extends StdScalarDeserializer<LocalDate> {

        Deserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw ctxt.weirdStringException(text, LocalDate.class, "not a date written yyyy-mm-dd");
            }
            if (date.isBefore(FIRST) || date.isAfter(LAST)) {
                throw ctxt.weirdStringException(text, LocalDate.class, "must lie between " + FIRST + " and " + LAST);
            }
            return date;
        }
    }
}
