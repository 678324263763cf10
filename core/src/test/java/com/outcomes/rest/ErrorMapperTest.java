package com.outcomes.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.ws.rs.core.Response;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.outcomes.domain.ErrorKeys;
import com.outcomes.domain.FieldError;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.NotFoundException;
import com.outcomes.i18n.Messages;

public class ErrorMapperTest {

    private final ErrorMapper mapper = new ErrorMapper(Messages.english());

    private static JsonNode body(Response response) throws Exception {
        return Json.mapper().readTree((String) response.getEntity());
    }

    @Test
    public void aBodyOverItsLimitIs413WithTheJsonErrorBody() throws Exception {
        Response response = mapper.toResponse(new RequestBodies.BodyTooLargeException(RequestBodies.CSV_LIMIT));

        assertEquals(413, response.getStatus());
        assertEquals("application/json", response.getMediaType().toString());
        assertEquals("{\"status\":413,\"errors\":[{\"field\":\"body\",\"message\":\"The body must not be larger than 50 MB.\"}]}",
                response.getEntity());
    }

    @Test
    public void answersToABodyLeftUnreadCloseTheConnection() {
        // a refused body may be left unread; a client must not send its next request on that connection
        Response tooLarge = mapper.toResponse(new RequestBodies.BodyTooLargeException(RequestBodies.JSON_LIMIT));
        Response wrongType = mapper.toResponse(new jakarta.ws.rs.NotSupportedException());
        Response invalid = mapper.toResponse(new ValidationException(new FieldError("value", "outcomes.error.required")));

        assertEquals("close", tooLarge.getHeaderString("Connection"));
        assertEquals(415, wrongType.getStatus());
        assertEquals("close", wrongType.getHeaderString("Connection"));
        assertEquals("a body read to the end keeps the connection", null, invalid.getHeaderString("Connection"));
    }

    @Test
    public void fieldErrorsAre400WithEveryFieldAndItsBundleMessage() throws Exception {
        Response response = mapper.toResponse(new ValidationException(List.of(
                new FieldError("name", ErrorKeys.NUL), new FieldError("value", ErrorKeys.MAGNITUDE, -1e15, 1e15))));

        JsonNode json = body(response);
        assertEquals(400, response.getStatus());
        assertEquals(400, json.get("status").asInt());
        assertEquals("name", json.get("errors").get(0).get("field").asText());
        assertEquals("Remove the NUL character (U+0000): text must not contain it.",
                json.get("errors").get(0).get("message").asText());
        assertEquals("Enter a number from -1,000,000,000,000,000 to 1,000,000,000,000,000.",
                json.get("errors").get(1).get("message").asText());
    }

    @Test
    public void errorsAreWordedInTheCallersLanguageAskedAnewForEachAnswer() throws Exception {
        // given one mapper serving every caller, and a caller whose language changes between answers
        AtomicReference<Locale> callerLocale = new AtomicReference<>(Locale.ENGLISH);
        ErrorMapper shared = new ErrorMapper(Messages.following(callerLocale::get));
        NotFoundException missing = new NotFoundException("outcomes.error.metricNotFound", 42);

        // when an English and then a German caller meet the same failure
        String english = body(shared.toResponse(missing)).get("errors").get(0).get("message").asText();
        callerLocale.set(Locale.GERMAN);
        String german = body(shared.toResponse(missing)).get("errors").get(0).get("message").asText();

        // then each reads it in their language (the German file is a test resource)
        assertEquals("Metric 42 does not exist or you may not see it.", english);
        assertEquals("Metrik 42 gibt es nicht, oder Sie dürfen sie nicht sehen.", german);
    }

    @Test
    public void aFieldErrorsNumbersAreWrittenTheCallersWay() throws Exception {
        ErrorMapper german = new ErrorMapper(Messages.following(() -> Locale.GERMAN));

        Response response = german.toResponse(new ValidationException(new FieldError("value", ErrorKeys.MAGNITUDE, -1e15, 1e15)));

        assertEquals("Geben Sie eine Zahl von -1.000.000.000.000.000 bis 1.000.000.000.000.000 ein.",
                body(response).get("errors").get(0).get("message").asText());
    }

    @Test
    public void aLanguageWithoutTextsIsAnsweredInEnglish() throws Exception {
        ErrorMapper french = new ErrorMapper(Messages.following(() -> Locale.FRENCH));

        Response response = french.toResponse(new NotFoundException("outcomes.error.metricNotFound", 42));

        assertEquals("Metric 42 does not exist or you may not see it.", body(response).get("errors").get(0).get("message").asText());
    }

    @Test
    public void anUnexpectedFailureNamesNoClassAndCarriesNoTrace() throws Exception {
        Response response = mapper.toResponse(new IllegalStateException("java.lang.NullPointerException at com.outcomes.X"));

        String entity = (String) response.getEntity();
        assertEquals(500, response.getStatus());
        assertFalse(entity, entity.contains("java.") || entity.contains("com.") || entity.contains("Exception"));
    }
}
