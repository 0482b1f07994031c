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

    @Test
    void shouldNegotiateAmongWhatAResourceOffers() {
        assertEquals(Format.HTML, Format.negotiate("text/html", Format.CARD_ITEM_FORMATS));
        assertEquals(
                Format.HTML,
                Format.negotiate("text/html,application/xhtml+xml,*/*;q=0.8", Format.CARD_ITEM_FORMATS),
                "a browser gets the card");
        assertEquals(Format.JSON, Format.negotiate("*/*", Format.CARD_ITEM_FORMATS));
        assertEquals(Format.JSON, Format.negotiate(null, Format.CARD_ITEM_FORMATS));
        assertEquals(Format.JSON, Format.negotiate("text/html, application/json", Format.CARD_ITEM_FORMATS));
        assertNull(Format.negotiate("text/csv", Format.CARD_ITEM_FORMATS));
        assertNull(Format.negotiate("text/html", Format.LIST_FORMATS));
        assertEquals(Format.HTML, Format.fromWireName("fragment"));
        assertEquals(java.util.List.of("json", "fragment"), Format.wireNames(Format.CARD_ITEM_FORMATS));
    }

    @Test
    void shouldIgnoreWhatCannotBeParsed() {
        assertNull(Format.negotiate(";"));
        assertNull(Format.negotiate(";;"));
        assertNull(Format.negotiate("text/html, ;"));
        assertEquals(Format.CSV, Format.negotiate(";, text/csv"));
        assertEquals(Format.CSV, Format.negotiate("application/json;q=NaN, text/csv"));
        assertEquals(Format.CSV, Format.negotiate("application/json;q=2, text/csv;q=0.1"));
        assertEquals(Format.JSON, Format.negotiate("application/json;q=1.000"));
    }

    @Test
    void shouldNeutraliseFormulasInCsvCells() {
        for (String payload : new String[] {"=1+1", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1"}) {
            assertEquals("'" + payload, CsvDocument.neutralise(payload));
        }
        assertEquals("Birmingham", CsvDocument.neutralise("Birmingham"));
        assertEquals("", CsvDocument.neutralise(""));
    }
}
