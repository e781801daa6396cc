package fr.gouv.travail.efp.directory.local;

import fr.gouv.travail.efp.directory.Names;
import java.util.List;
import java.util.function.Predicate;

/**
 * An establishment's index words in one string ("boulangerie martin"), stored on each of its word
 * index entries: a search walks the entries of its rarest word and checks the other words on
 * the entry itself, instead of one index lookup per candidate (a random page each: on a large
 * directory most of the cost of a query).
 */
public final class NameKey {

    /** Longest key: the words of a name and a trade name of 255 characters each, spaces included. */
    public static final int MAX_LENGTH = 512;

    private NameKey() {
    }

    /** The key of a name and trade name: their index words ({@link Names#indexWords}), space separated. */
    public static String of(String name, String tradeName) {
        String key = String.join(" ", Names.indexWords(name, tradeName));
        return key.length() <= MAX_LENGTH ? key : key.substring(0, key.lastIndexOf(' ', MAX_LENGTH));
    }

    /**
     * Whether a key holds every whole word (in index form) and, when {@code prefix} is not null,
     * a word starting with it.
     */
    public static Predicate<String> holding(List<String> words, String prefix) {
        if (words.isEmpty() && prefix == null) {
            return key -> true;
        }
        return key -> {
            if (key == null) {
                return false;
            }
            String[] own = key.split(" ");
            for (String word : words) {
                if (!contains(own, word)) return false;
            }
            return prefix == null || startsOne(own, prefix);
        };
    }

    private static boolean contains(String[] own, String word) {
        for (String candidate : own) {
            if (candidate.equals(word)) return true;
        }
        return false;
    }

    private static boolean startsOne(String[] own, String prefix) {
        for (String candidate : own) {
            if (candidate.startsWith(prefix)) return true;
        }
        return false;
    }
}
