package uk.org.wmca.planforgrowth.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void shouldDefaultToJson() {
        assertEquals(Format.JSON, Format.negotiate(null));
        assertEquals(Format.JSON, Format.negotiate("*/*"));
        assertEquals(Format.JSON, Format.negotiate("text/html,application/xhtml+xml,*/*;q=0.8"));
    }

    @Test
    void shouldChooseCsvWhenPreferred() {
        assertEquals(Format.CSV, Format.negotiate("text/csv"));
        assertEquals(Format.CSV, Format.negotiate("application/json;q=0.5, text/csv"));
        assertEquals(Format.CSV, Format.negotiate("text/*, application/json;q=0.9"));
        assertEquals(Format.JSON, Format.negotiate("text/csv, application/json"), "a tie goes to JSON");
    }

    @Test
    void shouldRefuseWhatItCannotProduce() {
        assertNull(Format.negotiate("text/html"));
        assertNull(Format.negotiate("application/json;q=0"));
        assertNull(Format.negotiate("*/*;q=0"));
        assertEquals(Format.CSV, Format.negotiate("application/json;q=0, text/csv"));
    }
}
