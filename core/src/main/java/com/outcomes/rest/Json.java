package com.outcomes.rest;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.outcomes.domain.FieldError;
import com.outcomes.domain.ValidationException;

/**
 * The JSON reader and writer of the REST edge. Resources read and write bodies through it instead
 * of the host's JSON provider, so Jira and the preview parse identically and every parse failure
 * becomes a field-named 400 — never a Jackson message with Java class names.
 *
 * <p>Types are strict (DESIGN §5): no text for a number, no number or boolean for text, no number for an enum
 * (Jackson would take {@code "kind": 0} as the first constant), no fraction for a whole number, no field given twice
 * (which of the two counts is a guess), and {@code null} is not a body.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(JavaTimeJson.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // ALLOW_COERCION_OF_SCALARS covers numbers, booleans and dates as targets, not text: Jackson reads a
            // number or a boolean into a String field unless told otherwise.
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Enum, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .build();
    /** Jackson tells a duplicate field from other syntax errors only by its message; JsonTest guards the wording. */
    private static final String DUPLICATE_FIELD = "Duplicate field '";

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

    /** Reads a request body (at most {@link RequestBodies#JSON_LIMIT} bytes, else 413) as one object of {@code type}. */
    public static <T> T read(InputStream body, Class<T> type) {
        return read(RequestBodies.json(body), type);
    }

    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new ValidationException(new FieldError("body", "outcomes.error.bodyRequired"));
        }
        T value;
        try {
            value = MAPPER.readValue(body, type);
        } catch (JsonMappingException e) {
            throw new ValidationException(everyFieldError(body, type, fieldError(e)));
        } catch (StreamReadException e) {
            throw new ValidationException(syntaxError(e));
        } catch (JsonProcessingException e) {
            throw new ValidationException(new FieldError("body", "outcomes.error.malformedJson"));
        }
        if (value == null) {
            // the body was the JSON literal null
            throw new ValidationException(new FieldError("body", "outcomes.error.bodyObject"));
        }
        return value;
    }

    /**
     * Invalid JSON, named by the field the parser was reading when it stopped ({@code "value": NaN} names
     * {@code value}), or {@code body} when it was between fields.
     */
    private static FieldError syntaxError(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        String field = parser == null || parser.getParsingContext() == null ? null
                : parser.getParsingContext().getCurrentName();
        if (field == null) {
            return new FieldError("body", "outcomes.error.malformedJson");
        }
        if (e instanceof JsonParseException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith(DUPLICATE_FIELD)) {
            return new FieldError(field, "outcomes.error.duplicateField");
        }
        return new FieldError(field, "outcomes.error.malformedJson");
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
                    // inside a nested object ("computed": {"scale": "x"}) the field is named by its path
                    String inner = path(e);
                    errors.add(fieldError(inner.isEmpty() ? component.getName() : component.getName() + "." + inner, e));
                }
            }
        } catch (java.io.IOException e) {
            return List.of(first);
        }
        return errors.isEmpty() ? List.of(first) : errors;
    }

    private static FieldError fieldError(JsonMappingException e) {
        return fieldError(path(e), e);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    /** Whether the JSON object {@code body} names {@code field} at its top level, null or not. */
    static boolean mentions(String body, String field) {
        try {
            JsonNode tree = MAPPER.readTree(body);
            return tree != null && tree.has(field);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static FieldError fieldError(String field, JsonMappingException e) {
        if (field.isEmpty()) {
            // valid JSON of the wrong shape, e.g. an array where an object is expected
            return new FieldError("body", "outcomes.error.bodyObject");
        }
        if (e.getCause() instanceof InputCoercionException overflow) {
            // a whole number beyond what the field holds, e.g. "cadenceDays": 99999999999
            return overflow.getTargetType() == Integer.TYPE || overflow.getTargetType() == Integer.class
                    ? new FieldError(field, "outcomes.error.wholeNumberRange", Integer.MIN_VALUE, Integer.MAX_VALUE)
                    : new FieldError(field, "outcomes.error.wholeNumberRange", Long.MIN_VALUE, Long.MAX_VALUE);
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
