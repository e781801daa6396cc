package fr.gouv.travail.efp.notification;

/**
 * When to try a failed message again: doubling from the first delay (10 s by default) up to a
 * cap (15 minutes by default), forever. An SMTP outage delays mail, never loses it; ops see the
 * backlog in the logs.
 */
public record RetrySchedule(long firstDelayMillis, long maxDelayMillis) {

    public static final RetrySchedule DEFAULT = new RetrySchedule(10_000, 15 * 60_000);

    public RetrySchedule {
        if (firstDelayMillis < 100 || maxDelayMillis < firstDelayMillis) {
            throw new IllegalArgumentException("retry delays must be >= 100 ms and max >= first");
        }
    }

    /** Delay before the next try, after {@code attempts} failed tries (1 or more). */
    public long delayAfter(int attempts) {
        int exponent = Math.max(0, Math.min(attempts - 1, 30));
        long delay = firstDelayMillis << Math.min(exponent, Long.numberOfLeadingZeros(firstDelayMillis) - 1);
        return Math.min(maxDelayMillis, delay);
    }
}
