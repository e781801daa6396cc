package fr.gouv.travail.efp.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.common.EfpException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static History.Entry audit(long time, String id) {
        return new History.Entry(
                time,
                id,
                History.Source.AUDIT,
                "HABILITATION_GRANTED",
                "a",
                "admin",
                "u",
                "soffi",
                null,
                null,
                null,
                null);
    }

    private static History.Entry login(long time, String id) {
        return new History.Entry(
                time, id, History.Source.LOGIN, "LOGIN", null, null, "u", null, null, null, null, null);
    }

    private static List<String> ids(History.Page page) {
        return page.items().stream().map(History.Entry::id).toList();
    }

    @Test
    void bothSourcesMergeNewestFirst() {
        History.Page page = History.merge(
                List.of(audit(30, "a30"), audit(10, "a10")),
                List.of(login(40, "l40"), login(20, "l20"), login(5, "l5")),
                new History.Window(0, 10));
        assertEquals(List.of("l40", "a30", "l20", "a10", "l5"), ids(page));
        assertFalse(page.more());
    }

    @Test
    void entriesOfTheSameMillisecondKeepAStableOrder() {
        History.Page page = History.merge(
                List.of(audit(10, "b"), audit(10, "a")), List.of(login(10, "z")), new History.Window(0, 10));
        assertEquals(List.of("a", "b", "z"), ids(page));
    }

    @Test
    void aPageIsCutFromTheMergedSourcesAndSaysWhenOlderEntriesFollow() {
        History.Window second = new History.Window(2, 2);
        // Each source holds its newest first + max + 1 entries, as the reader asks for.
        History.Page page = History.merge(
                List.of(audit(100, "a100"), audit(90, "a90"), audit(80, "a80"), audit(70, "a70"), audit(60, "a60")),
                List.of(login(95, "l95"), login(85, "l85")),
                second);
        assertEquals(5, second.perSource());
        assertEquals(List.of("a90", "l85"), ids(page));
        assertTrue(page.more());
    }

    @Test
    void theLastPageSaysNothingFollows() {
        List<History.Entry> audit = new ArrayList<>();
        IntStream.range(0, 4).forEach(i -> audit.add(audit(100 - i, "a" + i)));
        History.Page last = History.merge(audit, List.of(login(1, "l")), new History.Window(3, 2));
        assertEquals(List.of("a3", "l"), ids(last));
        assertFalse(last.more());
        History.Page beyond = History.merge(audit, List.of(), new History.Window(10, 2));
        assertTrue(beyond.items().isEmpty());
        assertFalse(beyond.more());
    }

    @Test
    void pagingOutsideItsBoundsIsA400() {
        assertEquals(
                400,
                assertThrows(EfpException.class, () -> new History.Window(-1, 10))
                        .status());
        assertEquals(
                400,
                assertThrows(EfpException.class, () -> new History.Window(0, 0)).status());
        assertEquals(
                400,
                assertThrows(EfpException.class, () -> new History.Window(0, 101))
                        .status());
        assertEquals(
                400,
                assertThrows(EfpException.class, () -> History.Window.of(10_001, 10))
                        .status());
        assertEquals(new History.Window(0, 20), History.Window.of(null, null));
    }
}
