package uk.org.wmca.planforgrowth.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void shouldFoldCaseAccentsAndPunctuation() {
        assertEquals("economie energie 850m", SearchText.normalise("  Économie & ÉNERGIE: £850m!  "));
        assertEquals("", SearchText.normalise((String) null));
    }

    @Test
    void shouldKeepPositionsWhenAligned() {
        String text = "Café-Bar, Coventry";
        assertEquals(text.length(), SearchText.aligned(text).length());
        assertEquals("cafe bar  coventry", SearchText.aligned(text));
    }

    @Test
    void shouldSortByLettersAndDigitsOnly() {
        assertEquals("healthtechandmedtech", SearchText.sortKey("Health Tech and Med-Tech"));
        assertEquals("5gadoption", SearchText.sortKey("5G adoption"));
    }

    @Test
    void shouldSplitASearchIntoWords() {
        assertEquals(List.of("net", "zero"), SearchText.terms(" Net-Zero "));
        assertEquals(List.of(), SearchText.terms("--"));
    }

    @Test
    void shouldCutASnippetAtWordBoundariesAroundTheFirstMatch() {
        String text = "The region wants a large battery gigafactory, which is rare in the UK and needs investment.";
        assertEquals("…large battery gigafactory, which is…", SearchText.snippet(text, List.of("giga"), 16, 24));
        assertEquals(text, SearchText.snippet(text, List.of("region"), 100, 200));
        assertNull(SearchText.snippet(text, List.of("igafactory"), 10, 10), "not the start of a word");
    }
}
