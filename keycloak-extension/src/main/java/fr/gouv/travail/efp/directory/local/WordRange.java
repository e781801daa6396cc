package fr.gouv.travail.efp.directory.local;

/**
 * The words that start with a prefix, as a B-tree range: {@code from <= word < to}. Words are
 * folded ({@code [0-9a-z]}), so the bound is the prefix with its last character moved one step
 * in that alphabet ("bos" → "bot", "bo9" → "boa", "bz" → "c"), which sorts the same under
 * H2's binary order and PostgreSQL's locale collations: no {@code like 'bos%'}, which
 * PostgreSQL cannot serve from an index under a non-C collation.
 *
 * @param from the prefix itself
 * @param to the first string after every word with that prefix; null when there is none ("zzz")
 */
public record WordRange(String from, String to) {

    public static WordRange startingWith(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            throw new IllegalArgumentException("empty prefix");
        }
        StringBuilder to = new StringBuilder(prefix);
        while (to.length() > 0) {
            char last = to.charAt(to.length() - 1);
            if (last == 'z') {
                to.setLength(to.length() - 1);
                continue;
            }
            to.setCharAt(to.length() - 1, last == '9' ? 'a' : (char) (last + 1));
            return new WordRange(prefix, to.toString());
        }
        return new WordRange(prefix, null);
    }

    /** The same for digits: SIRETs starting with "57206" are {@code >= "57206"} and {@code < "57207"}. */
    public static WordRange digitsStartingWith(String digits) {
        StringBuilder to = new StringBuilder(digits);
        while (to.length() > 0) {
            char last = to.charAt(to.length() - 1);
            if (last == '9') {
                to.setLength(to.length() - 1);
                continue;
            }
            to.setCharAt(to.length() - 1, (char) (last + 1));
            return new WordRange(digits, to.toString());
        }
        return new WordRange(digits, null);
    }
}
