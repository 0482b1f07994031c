package uk.org.wmca.planforgrowth.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing and bounds of page and size, and page arithmetic. */
class PageRequestTest {

    @Test
    void shouldDefaultToTheFirstPageOfTwenty() {
        assertEquals(new PageRequest(1, 20), PageRequest.parse(null, null));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "7, 100", "2147483647, 50"})
    void shouldAcceptBoundaryValues(String page, String size) {
        PageRequest request = PageRequest.parse(page, size);
        assertEquals(Integer.parseInt(page), request.page());
        assertEquals(Integer.parseInt(size), request.size());
    }

    @ParameterizedTest
    @CsvSource({"page, 0", "page, 2147483648", "page, +1", "page, ' 1'", "size, 0", "size, 101", "size, 1e2", "size, ０"
    })
    void shouldRejectValuesOutOfRangeOrNotPlainDigits(String name, String value) {
        InvalidParameterException e = assertThrows(
                InvalidParameterException.class,
                () -> PageRequest.parse(name.equals("page") ? value : null, name.equals("size") ? value : null));
        assertEquals(name, e.errors().get(0).name());
    }

    @Test
    void shouldComputeOffsetsAndPagesWithoutOverflow() {
        assertEquals(40, new PageRequest(3, 20).offset());
        assertEquals(2147483646L * 100, new PageRequest(Integer.MAX_VALUE, 100).offset());
        assertEquals(3, new PageResult<>(List.of(), new PageRequest(1, 4), 9).totalPages());
        assertEquals(0, new PageResult<>(List.of(), new PageRequest(1, 4), 0).totalPages());
    }

    @Test
    void shouldAllowTheFirstPageOfAnEmptyListButNotTheSecond() {
        new PageResult<>(List.of(), new PageRequest(1, 20), 0).requireExistingPage();
        assertThrows(
                InvalidParameterException.class,
                () -> new PageResult<>(List.of(), new PageRequest(2, 20), 0).requireExistingPage());
    }
}
