package fr.gouv.travail.efp.directory.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.directory.local.IndexWalk.Entry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndexWalkTest {

    /** Matching entries in memory, read the way LocalDirectory reads the table: after a given one, in index order. */
    private static final class Memory implements IndexWalk.Pages {

        final List<Entry> entries;
        final List<Integer> asked = new ArrayList<>();

        Memory(List<Entry> entries) {
            Set<String> seen = new HashSet<>();
            this.entries = entries.stream()
                    .filter(e -> seen.add(e.word() + " " + e.siret()))
                    .sorted(Comparator.comparing(Entry::word).thenComparing(Entry::siret))
                    .toList();
        }

        @Override
        public List<Entry> after(Entry after, int size) {
            asked.add(size);
            return entries.stream()
                    .filter(e -> after == null
                            || e.word().compareTo(after.word()) > 0
                            || e.word().equals(after.word()) && e.siret().compareTo(after.siret()) > 0)
                    .limit(size)
                    .toList();
        }
    }

    private static String siret(int i) {
        return String.format("%014d", i);
    }

    @Test
    void oneWordStopsAtTheLimitInOnePage() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) entries.add(new Entry("france", siret(i)));
        Memory index = new Memory(entries);
        List<String> sirets = IndexWalk.walk(index, 201);
        assertEquals(201, sirets.size());
        assertEquals(siret(200), sirets.get(200));
        assertEquals(List.of(201), index.asked);
    }

    @Test
    void fewerMatchesThanTheLimitIsOnePageToo() {
        Memory index = new Memory(List.of(new Entry("bosch", siret(3)), new Entry("bosch", siret(1))));
        assertEquals(List.of(siret(1), siret(3)), IndexWalk.walk(index, 201));
        assertEquals(List.of(201), index.asked);
    }

    @Test
    void anEstablishmentWithTwoWordsOfARangeCountsOnce() {
        // "mar": marchand and martin, both words of the same establishments.
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            entries.add(new Entry("marchand", siret(i)));
            entries.add(new Entry("martin", siret(i)));
        }
        Memory index = new Memory(entries);
        List<String> sirets = IndexWalk.walk(index, 201);
        assertEquals(201, sirets.size());
        assertEquals(201, sirets.stream().distinct().count());
        Memory again = new Memory(entries);
        assertEquals(
                300, IndexWalk.walk(again, 1000).size(), "a page that ends inside a word goes on after its last SIRET");
    }

    @Test
    void pagesGrowFourfoldUpToTheMaximum() {
        // Every establishment under many words of the range: distinct ones come slowly.
        List<Entry> entries = new ArrayList<>();
        for (int w = 0; w < 50; w++) {
            for (int i = 0; i < 1000; i++) entries.add(new Entry("mot" + (10 + w), siret(i)));
        }
        Memory index = new Memory(entries);
        assertEquals(1000, IndexWalk.walk(index, 1001).size());
        assertEquals(List.of(1001, 4004, 16_016, IndexWalk.MAX_PAGE, IndexWalk.MAX_PAGE), index.asked);
    }

    @Test
    void sameAnswerWhateverTheLimit() {
        Random random = new Random(42);
        String[] words = {"ba", "bab", "babe", "bo", "bor", "bos", "bosch"};
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 3000; i++)
            entries.add(new Entry(words[random.nextInt(words.length)], siret(random.nextInt(800))));
        List<String> reference = IndexWalk.walk(new Memory(entries), 100_000);
        assertTrue(reference.size() > 700, () -> "" + reference.size());
        for (int limit : new int[] {1, 2, 3, 50, 201, 700}) {
            assertEquals(reference.subList(0, limit), IndexWalk.walk(new Memory(entries), limit), "limit " + limit);
        }
    }
}
