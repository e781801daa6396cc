package fr.gouv.travail.efp.racode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RaCodeAttemptsTest {

    @Test
    void sixteenAtOnceTakeFiveSlotsTheOthersNone() throws Exception {
        // Stands for the single-use store: an atomic put-if-absent.
        ConcurrentHashMap<String, Boolean> store = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Optional<String>>> tries = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                tries.add(pool.submit(() -> {
                    start.await();
                    return RaCodeAttempts.firstFree(
                            RaCodeAttempts.slotKeys("u1"), key -> store.putIfAbsent(key, true) == null);
                }));
            }
            start.countDown();
            long taken = 0;
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (Future<Optional<String>> attempt : tries) {
                Optional<String> slot = attempt.get();
                if (slot.isPresent()) {
                    taken++;
                    keys.add(slot.get());
                }
            }
            assertEquals(RaCodeAttempts.MAX_FAILURES, taken);
            assertEquals(RaCodeAttempts.MAX_FAILURES, keys.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void slotsAreTheUsersOwnAndAFreedOneIsTakenAgain() {
        ConcurrentHashMap<String, Boolean> store = new ConcurrentHashMap<>();
        for (int i = 0; i < RaCodeAttempts.MAX_FAILURES; i++) {
            assertTrue(
                    RaCodeAttempts.firstFree(RaCodeAttempts.slotKeys("u1"), key -> store.putIfAbsent(key, true) == null)
                            .isPresent());
        }
        assertTrue(RaCodeAttempts.firstFree(RaCodeAttempts.slotKeys("u1"), key -> store.putIfAbsent(key, true) == null)
                .isEmpty());
        assertTrue(RaCodeAttempts.firstFree(RaCodeAttempts.slotKeys("u2"), key -> store.putIfAbsent(key, true) == null)
                .isPresent());
        store.remove(RaCodeAttempts.slotKeys("u1")[2]);
        assertEquals(
                Optional.of(RaCodeAttempts.slotKeys("u1")[2]),
                RaCodeAttempts.firstFree(RaCodeAttempts.slotKeys("u1"), key -> store.putIfAbsent(key, true) == null));
    }
}
