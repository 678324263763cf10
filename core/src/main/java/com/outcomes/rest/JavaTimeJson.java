package com.outcomes.rest;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.outcomes.domain.Dates;

/**
 * The two java.time types the REST edge carries, as ISO-8601 strings: {@code LocalDate} ({@code 2026-10-01}) both
 * ways, {@code Instant} ({@code 2026-10-01T12:00:00Z}) out only.
 *
 * <p>Why not Jackson's java.time module: a Jackson module must match the minor version of the databind it runs on,
 * and in Jira that is the host's (2.17-ish on Jira 10.3, 2.19+ on 11.3), while Jira exports no java.time module to
 * plugins. Embedding one would tie the plugin jar to one Jira; these few lines use only databind's stable API.
 * Stricter than the module on purpose: a date is a {@code YYYY-MM-DD} string ({@link Dates#parse}), never an array, a
 * number of days or an expanded year such as {@code +100000000-01-01}.
 */
final class JavaTimeJson {

    private JavaTimeJson() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("outcomes-java-time");
        module.addSerializer(LocalDate.class, ToStringSerializer.instance);
        module.addSerializer(Instant.class, ToStringSerializer.instance);
        module.addDeserializer(LocalDate.class, new LocalDateDeserializer());
        return module;
    }

    private static final class LocalDateDeserializer extends StdScalarDeserializer<LocalDate> {

        LocalDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText().strip();
            LocalDate date = Dates.parse(text);
            if (date == null) {
                throw InvalidFormatException.from(parser, "not an ISO date", text, LocalDate.class);
            }
            return date;
        }
    }
}
