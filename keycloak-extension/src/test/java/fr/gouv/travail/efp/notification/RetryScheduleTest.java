package fr.gouv.travail.efp.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void doublesFromTheFirstDelayUpToTheCapForever() {
        RetrySchedule schedule = RetrySchedule.DEFAULT;
        assertEquals(10_000, schedule.delayAfter(1));
        assertEquals(20_000, schedule.delayAfter(2));
        assertEquals(40_000, schedule.delayAfter(3));
        assertEquals(900_000, schedule.delayAfter(8));
        assertEquals(900_000, schedule.delayAfter(10_000));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(10, 1000));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(1000, 500));
    }
}
