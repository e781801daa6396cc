package fr.gouv.travail.efp.directory;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How company names are compared: accents, case, punctuation and French articles do not count.
 * The same folding is applied to what is indexed and to what people type, so "Société Générale",
 * "SOCIETE GENERALE" and "societe-generale" are the same two words.
 */
public final class Names {

    /**
     * Longest word kept in the word index. Longer words are cut on both sides (index and query),
     * so an exact match on a very long word still works; the name filter uses the whole word.
     */
    public static final int MAX_WORD_LENGTH = 40;

    /**
     * Words too frequent to be worth an index entry (a fifth of all company names contain "de").
     * A query made of them alone is refused as too vague; beside other words they are ignored.
     */
    public static final Set<String> STOP_WORDS =
            Set.of("a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les");

    private Names() {}

    /**
     * Lower case ASCII letters and digits separated by single spaces, nothing else:
     * {@code "L'Œuvre  d'Émile & Cie"} becomes {@code "l oeuvre d emile cie"}.
     */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // NFKD splits accented letters into letter + combining mark and expands ligatures such as
        // the "ﬁ" glyph; œ, æ and ß are letters of their own and are spelled out by hand.
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            String replacement = switch (c) {
                case 'œ' -> "oe";
                case 'æ' -> "ae";
                case 'ß' -> "ss";
                case 'ø' -> "o";
                case 'đ' -> "d";
                case 'ł' -> "l";
                default -> null;
            };
            if (replacement == null && Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            boolean wordChar = replacement != null || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!wordChar) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(replacement != null ? replacement : String.valueOf(c));
        }
        return out.toString();
    }

    /** The distinct words of a folded text, in order, stop words included. */
    public static List<String> words(String text) {
        String folded = fold(text);
        if (folded.isEmpty()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(List.of(folded.split(" "))));
    }

    /**
     * What the word index holds for an establishment: the distinct words of its name and trade
     * name, without stop words, each cut to {@link #MAX_WORD_LENGTH}.
     */
    public static Set<String> indexWords(String name, String tradeName) {
        Set<String> words = new LinkedHashSet<>();
        for (String source : new String[] {name, tradeName}) {
            for (String word : words(source)) {
                if (!STOP_WORDS.contains(word)) {
                    words.add(indexForm(word));
                }
            }
        }
        return words;
    }

    /** A word as the index stores it. */
    public static String indexForm(String word) {
        return word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word;
    }
}
