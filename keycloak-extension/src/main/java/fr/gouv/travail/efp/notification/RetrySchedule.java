package fr.gouv.travail.efp.notification;

/**
 * When to try a failed message again: 10 s, 20 s, 40 s… capped at 15 minutes, forever. An
 * SMTP outage delays mail, never loses it; ops see the backlog in the logs.
 */
public final class RetrySchedule {

    static final long FIRST_DELAY_MILLIS = 10_000;
    static final long MAX_DELAY_MILLIS = 15 * 60_000;

    private RetrySchedule() {
    }

    /** Delay before the next try, after {@code attempts} failed tries (1 or more). */
    public static long delayAfter(int attempts) {
        int exponent = Math.max(0, Math.min(attempts - 1, 20));
        return Math.min(MAX_DELAY_MILLIS, FIRST_DELAY_MILLIS << exponent);
    }
}
