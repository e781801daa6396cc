package fr.gouv.travail.efp.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AdfsReachabilityTest {

    private static final URI HYDRE = URI.create("https://adfs.hydre.example/adfs/ls/");
    private static final URI POLARIS = URI.create("https://adfs.polaris.example/adfs/ls/");

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final List<URI> asked = new ArrayList<>();
    private boolean up = true;

    private final AdfsReachability reachability = new AdfsReachability(
            address -> {
                asked.add(address);
                return up;
            },
            now::get,
            30_000,
            5_000);

    @Test
    void anAnswerIsTrustedForItsPeriodThenAskedAgain() {
        assertTrue(reachability.answers(HYDRE));
        up = false;
        now.addAndGet(29_999);
        assertTrue(reachability.answers(HYDRE));
        assertEquals(1, asked.size());
        now.addAndGet(1);
        assertFalse(reachability.answers(HYDRE));
        assertEquals(2, asked.size());
    }

    @Test
    void aSilenceIsTrustedForAShorterPeriodSoAnAdfsBackIsSeenQuickly() {
        up = false;
        assertFalse(reachability.answers(HYDRE));
        up = true;
        now.addAndGet(4_999);
        assertFalse(reachability.answers(HYDRE));
        now.addAndGet(1);
        assertTrue(reachability.answers(HYDRE));
        assertEquals(List.of(HYDRE, HYDRE), asked);
    }

    @Test
    void eachAddressHasItsOwnAnswer() {
        assertTrue(reachability.answers(HYDRE));
        up = false;
        assertFalse(reachability.answers(POLARIS));
        assertTrue(reachability.answers(HYDRE));
        assertEquals(List.of(HYDRE, POLARIS), asked);
    }
}
