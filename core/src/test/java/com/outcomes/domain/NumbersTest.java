package com.outcomes.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class NumbersTest {

    private static List<String> problems(Double value) {
        List<FieldError> errors = new ArrayList<>();
        Numbers.check(errors, "value", value);
        return errors.stream().map(FieldError::messageKey).toList();
    }

    @Test
    public void numbersUpToOneQuadrillionEitherWayPass() {
        for (double ok : new double[] {0, -0.0, 1e15, -1e15, 0.1 + 0.2, Double.MIN_VALUE, -123.456e10}) {
            assertEquals(String.valueOf(ok), List.of(), problems(ok));
        }
    }

    @Test
    public void missingNotANumberAndBeyondTheBoundAreEachNamed() {
        assertEquals(List.of(ErrorKeys.REQUIRED), problems(null));
        assertEquals(List.of(ErrorKeys.NOT_FINITE), problems(Double.NaN));
        for (double far : new double[] {Math.nextUp(1e15), -Math.nextUp(1e15), 1e39, Double.MAX_VALUE,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertEquals(String.valueOf(far), List.of(ErrorKeys.MAGNITUDE), problems(far));
        }
    }

    @Test
    public void plainDecimalsAreReadAsSpreadsheetsWriteThem() {
        assertEquals(12.5, Numbers.parsePlainDecimal("12.5"), 0);
        assertEquals(-3.0, Numbers.parsePlainDecimal("-3"), 0);
        assertEquals(3.0, Numbers.parsePlainDecimal("+3."), 0);
        assertEquals(0.5, Numbers.parsePlainDecimal(".5"), 0);
        assertEquals(1500.0, Numbers.parsePlainDecimal("1.5e3"), 0);
        assertEquals(0.015, Numbers.parsePlainDecimal("1.5E-2"), 0);
        assertTrue(Double.isInfinite(Numbers.parsePlainDecimal("1e400"))); // well formed: the range rule rejects it
    }

    @Test
    public void javaNumberSyntaxAndOtherTextAreNotNumbers() {
        for (String notPlain : new String[] {"0x1p3", "0x10", "1d", "1f", "1D", "NaN", "Infinity", "-Infinity", "1,5",
                "1 000", "", " ", ".", "e3", "1e", "--1", "1.2.3", "\u0661", "\uFF11", "1_000", "\u00001"}) {
            assertNull(notPlain, Numbers.parsePlainDecimal(notPlain));
        }
        assertNull(Numbers.parsePlainDecimal(null));
        assertFalse(Numbers.inRange(Double.NaN));
    }
}
