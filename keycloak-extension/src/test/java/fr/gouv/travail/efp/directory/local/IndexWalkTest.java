package fr.gouv.travail.efp.directory.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.directory.local.IndexWalk.Entry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class IndexWalkTest {

    /** An index in memory, read the way LocalDirectory reads the table: entries after a given one, in order. */
    private static final class Memory implements IndexWalk.Pages {

        final List<Entry> entries;
        final List<Integer> asked = new ArrayList<>();

        Memory(List<Entry> entries) {
            this.entries = entries.stream().sorted(Comparator.comparing(Entry::word).thenComparing(Entry::siret)).toList();
        }

        @Override
        public List<Entry> after(Entry after, int size) {
            asked.add(size);
            return entries.stream()
                    .filter(e -> after == null || e.word().compareTo(after.word()) > 0 || e.word().equals(after.word()) && e.siret().compareTo(after.siret()) > 0)
                    .limit(size).toList();
        }
    }

    private static String siret(int i) {
        return String.format("%014d", i);
    }

    @Test
    void keepsTheEntriesWhoseKeyHoldsTheOtherWordsInIndexOrder() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            entries.add(new Entry("martin", siret(i), i % 97 == 0 ? "martin boulangerie" : "martin conseil"));
        }
        Memory index = new Memory(entries);
        IndexWalk.Result result = IndexWalk.walk(index, NameKey.holding(List.of("boulangerie"), null), 100, 201);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5000; i += 97) expected.add(siret(i));
        assertEquals(expected, result.sirets());
        assertEquals(5000, result.entriesRead(), "few matches: every entry is read");
        assertEquals(List.of(100, 400, 1600, 6400), index.asked, "pages grow fourfold");
    }

    @Test
    void stopsAtTheLimit() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) entries.add(new Entry("france", siret(i), "france"));
        Memory index = new Memory(entries);
        IndexWalk.Result result = IndexWalk.walk(index, key -> true, 201, 201);
        assertEquals(201, result.sirets().size());
        assertEquals(siret(200), result.sirets().get(200));
        assertEquals(List.of(201), index.asked);
    }

    @Test
    void pagesStopGrowingAtTheMaximum() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) entries.add(new Entry("jean", siret(i), "jean"));
        Memory index = new Memory(entries);
        IndexWalk.walk(index, key -> false, 1024, 201);
        assertEquals(List.of(1024, 4096, IndexWalk.MAX_PAGE, IndexWalk.MAX_PAGE, IndexWalk.MAX_PAGE, IndexWalk.MAX_PAGE), index.asked);
    }

    @Test
    void anEstablishmentWithTwoWordsOfARangeCountsOnce() {
        // "mar": marchand and martin, both words of the same establishments.
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            entries.add(new Entry("marchand", siret(i), "marchand martin"));
            entries.add(new Entry("martin", siret(i), "marchand martin"));
        }
        IndexWalk.Result result = IndexWalk.walk(new Memory(entries), key -> true, 201, 201);
        assertEquals(201, result.sirets().size());
        assertEquals(201, result.sirets().stream().distinct().count());
        IndexWalk.Result all = IndexWalk.walk(new Memory(entries), key -> true, 7, 1000);
        assertEquals(300, all.sirets().size(), "pages that end inside a word go on after the last SIRET read");
    }

    @Test
    void sameAnswerWhateverThePageSize() {
        Random random = new Random(42);
        String[] words = {"ba", "bab", "babe", "bo", "bor", "bos", "bosch"};
        String[] keys = {"bosch france", "bab robert", "bos babe", "borne", "bosch robert"};
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            entries.add(new Entry(words[random.nextInt(words.length)], siret(random.nextInt(800)), keys[random.nextInt(keys.length)]));
        }
        List<Entry> unique = entries.stream().filter(distinctBy()).toList();
        Predicate<String> holding = NameKey.holding(List.of("robert"), null);
        List<String> reference = IndexWalk.walk(new Memory(unique), holding, 100_000, 10_000).sirets();
        for (int first : new int[] {1, 2, 3, 50, 201, 1024}) {
            assertEquals(reference, IndexWalk.walk(new Memory(unique), holding, first, 10_000).sirets(), "first page " + first);
            List<String> limited = IndexWalk.walk(new Memory(unique), holding, first, 13).sirets();
            assertEquals(reference.subList(0, 13), limited, "first page " + first + ", limit 13");
        }
        assertTrue(reference.size() > 13);
    }

    private static Predicate<Entry> distinctBy() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return e -> seen.add(e.word() + " " + e.siret());
    }
}
