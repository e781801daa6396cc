package fr.gouv.travail.efp.common;

/** Text a person typed, made literal inside a LIKE pattern whose escape character is {@code \}. */
public final class LikePattern {

    private LikePattern() {}

    /** {@code 100%_sûr\} becomes {@code 100\%\_sûr\\}: the wildcards match themselves only. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
