package com.outcomes.rest;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.outcomes.domain.FieldError;
import com.outcomes.domain.ValidationException;

/**
 * The JSON reader and writer of the REST edge. Resources read and write bodies through it instead
 * of the host's JSON provider, so Jira and the preview parse identically and every parse failure
 * becomes a field-named 400 — never a Jackson message with Java class names.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(JavaTimeJson.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }

    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new ValidationException(new FieldError("body", "outcomes.error.bodyRequired"));
        }
        try {
            return MAPPER.readValue(body, type);
        } catch (JsonParseException e) {
            throw new ValidationException(new FieldError("body", "outcomes.error.malformedJson"));
        } catch (JsonMappingException e) {
            throw new ValidationException(everyFieldError(body, type, fieldError(e)));
        } catch (JsonProcessingException e) {
            throw new ValidationException(new FieldError("body", "outcomes.error.malformedJson"));
        }
    }

    /**
     * Jackson stops at the first field it cannot bind; a form wants them all at once (a bad kind must not hide a bad
     * baseline and date). For a record body, every top-level field is read on its own with the same strict rules.
     */
    private static List<FieldError> everyFieldError(String body, Class<?> type, FieldError first) {
        if (!type.isRecord() || "body".equals(first.field())) {
            return List.of(first);
        }
        List<FieldError> errors = new ArrayList<>();
        try {
            JsonNode tree = MAPPER.readTree(body);
            for (RecordComponent component : type.getRecordComponents()) {
                JsonNode value = tree.get(component.getName());
                if (value == null || value.isNull()) {
                    continue; // missing values are the validators' to report, with the rules of the kind
                }
                try {
                    MAPPER.readerFor(MAPPER.constructType(component.getGenericType())).readValue(MAPPER.treeAsTokens(value));
                } catch (JsonMappingException e) {
                    errors.add(fieldError(component.getName(), e));
                }
            }
        } catch (java.io.IOException e) {
            return List.of(first);
        }
        return errors.isEmpty() ? List.of(first) : errors;
    }

    private static FieldError fieldError(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return fieldError(field, e);
    }

    private static FieldError fieldError(String field, JsonMappingException e) {
        if (field.isEmpty()) {
            // valid JSON of the wrong shape, e.g. an array where an object is expected
            return new FieldError("body", "outcomes.error.bodyObject");
        }
        Class<?> target = e instanceof MismatchedInputException mie ? mie.getTargetType() : null;
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return new FieldError(field, "outcomes.error.oneOf", allowed);
        }
        return new FieldError(field, "outcomes.error.type." + typeName(target));
    }

    /** A user-facing type word, never a Java class name. */
    private static String typeName(Class<?> target) {
        if (target == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return target == Integer.class || target == Long.class || target == int.class || target == long.class
                    ? "integer" : "number";
        }
        if (java.time.LocalDate.class.equals(target)) {
            return "date";
        }
        if (CharSequence.class.isAssignableFrom(target)) {
            return "text";
        }
        if (Boolean.class.equals(target) || boolean.class.equals(target)) {
            return "boolean";
        }
        return "value";
    }
}
