package fr.gouv.travail.efp.directory.local;

import fr.gouv.travail.efp.directory.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * An establishment's index words in one string, a space before and after each
 * ({@code " boulangerie martin "}), stored on each of its word index entries: a search walks the
 * entries of its rarest word and checks the other words on the entry itself, as it reads the
 * index ({@code NAME_KEY like '% martin %'}), instead of one index lookup per candidate (a random
 * page each: on a large directory most of the cost of a query). The spaces make every word
 * {@code ' word '} without building a string per entry read.
 */
public final class NameKey {

    /** Longest key: the words of a name and a trade name of 255 characters each, spaces included. */
    public static final int MAX_LENGTH = 512;

    private NameKey() {}

    /** The key of a name and trade name: their index words ({@link Names#indexWords}), each between spaces. */
    public static String of(String name, String tradeName) {
        String words = String.join(" ", Names.indexWords(name, tradeName));
        if (words.length() > MAX_LENGTH - 2) {
            words = words.substring(0, words.lastIndexOf(' ', MAX_LENGTH - 2));
        }
        return " " + words + " ";
    }

    /**
     * The {@code like} patterns, one per word, that a key must all match
     * for the key to hold every whole word (in index form) and, when {@code prefix} is not null, a
     * word starting with it: {@code "% martin %"}, {@code "% mar%"}. Index words are
     * {@code [0-9a-z]}, so no word holds a wildcard.
     */
    public static List<String> patterns(List<String> words, String prefix) {
        List<String> patterns = new ArrayList<>();
        for (String word : words) {
            patterns.add("% " + word + " %");
        }
        if (prefix != null) {
            patterns.add("% " + prefix + "%");
        }
        return patterns;
    }
}
