package fr.gouv.travail.efp.captcha.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FailureSlotsTest {

    /** The store's contract: put-if-absent is atomic (Keycloak's single-use store keeps it cluster-wide). */
    private static final class MemoryStore implements FailureSlots.Store {
        final Map<String, Long> slots = new ConcurrentHashMap<>();

        @Override
        public boolean claim(String key, long lifespanSeconds) {
            return slots.putIfAbsent(key, lifespanSeconds) == null;
        }

        @Override
        public boolean isTaken(String key) {
            return slots.containsKey(key);
        }
    }

    @Test
    void countsUpToTheLimitThenIsFullAndStoresNothingMore() {
        MemoryStore store = new MemoryStore();
        FailureSlots slots = new FailureSlots(store);
        for (int n = 1; n <= 3; n++) {
            assertFalse(slots.isFull("c", 3));
            assertEquals(n, slots.record("c", 3, 60));
        }
        assertTrue(slots.isFull("c", 3));
        assertEquals(4, slots.record("c", 3, 60));
        assertEquals(3, store.slots.size());
        assertTrue(store.slots.values().stream().allMatch(lifespan -> lifespan == 60));
    }

    @Test
    void countersAreIndependent() {
        FailureSlots slots = new FailureSlots(new MemoryStore());
        slots.record("a", 2, 60);
        slots.record("a", 2, 60);
        assertTrue(slots.isFull("a", 2));
        assertFalse(slots.isFull("b", 2));
        assertEquals(1, slots.record("b", 2, 60));
    }

    @Test
    void parallelFailuresAreAllCountedNoneLostToARace() throws Exception {
        MemoryStore store = new MemoryStore();
        FailureSlots slots = new FailureSlots(store);
        int limit = 40;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return slots.record("c", limit, 60);
                }));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> result : results) {
                numbers.add(result.get());
            }
            // Thirty failures, thirty distinct slots: a read-then-write counter would lose some.
            assertEquals(30, numbers.stream().distinct().count());
            assertEquals(30, store.slots.size());
            assertFalse(slots.isFull("c", limit));
        } finally {
            pool.shutdownNow();
        }
    }
}
