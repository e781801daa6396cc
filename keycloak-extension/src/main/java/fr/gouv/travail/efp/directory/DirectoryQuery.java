package fr.gouv.travail.efp.directory;

import fr.gouv.travail.efp.common.EfpException;
import java.util.ArrayList;
import java.util.List;

/**
 * A search of the directory as people type it in "Raison sociale ou SIRET": either digits (a
 * SIRET or SIREN, whole or its beginning, spaces allowed as in "572 067 684 00017") or words of
 * the name, the last of which may be unfinished. {@link #parse} refuses what cannot be searched,
 * with a French message, before any source is asked.
 *
 * @param text the query as typed
 * @param digits for a number query, its digits (1 to 14); else null
 * @param words for a name query, whole words to match exactly (folded, stop words removed)
 * @param prefix for a name query, the word being typed (folded), matched as the start of a word; may be null
 * @param max how many establishments to return at most
 * @param activeOnly leave closed establishments out
 */
public record DirectoryQuery(
        String text, String digits, List<String> words, String prefix, int max, boolean activeOnly) {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 100;
    public static final int DEFAULT_MAX = 20;
    public static final int MAX_MAX = 100;
    /** More words than this add nothing but work: the first ones already narrow it down. */
    public static final int MAX_WORDS = 6;

    public DirectoryQuery {
        words = List.copyOf(words);
    }

    public boolean isNumber() {
        return digits != null;
    }

    /** Every word to match, the unfinished one last. */
    public List<String> terms() {
        List<String> all = new ArrayList<>(words);
        if (prefix != null) all.add(prefix);
        return all;
    }

    public static DirectoryQuery parse(String text, Integer max, boolean activeOnly) {
        int limit = max == null ? DEFAULT_MAX : max;
        if (limit < 1 || limit > MAX_MAX) {
            throw EfpException.badRequest("invalid_max", "max doit être compris entre 1 et " + MAX_MAX + ".");
        }
        String raw = text == null ? "" : text.strip();
        if (raw.length() > MAX_LENGTH) {
            throw EfpException.badRequest(
                            "query_too_long",
                            "La recherche dépasse " + MAX_LENGTH
                                    + " caractères : saisissez la raison sociale ou le SIRET seulement.")
                    .textArgs(String.valueOf(MAX_LENGTH));
        }
        String compact = raw.replaceAll("[\\s.]", "");
        if (!compact.isEmpty() && compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (compact.length() < MIN_LENGTH) {
                throw tooShort();
            }
            if (compact.length() > 14) {
                throw EfpException.badRequest(
                                "invalid_siret",
                                "Un SIRET compte 14 chiffres et un SIREN 9 : la recherche en compte " + compact.length()
                                        + ".")
                        .textArgs(String.valueOf(compact.length()));
            }
            return new DirectoryQuery(raw, compact, List.of(), null, limit, activeOnly);
        }
        String folded = Names.fold(raw);
        if (folded.replace(" ", "").length() < MIN_LENGTH) {
            throw tooShort();
        }
        // The last word is still being typed unless the query ends with a separator.
        boolean lastIsWhole = !Character.isLetterOrDigit(text.charAt(text.length() - 1));
        List<String> all = List.of(folded.split(" "));
        List<String> whole = new ArrayList<>();
        String prefix = null;
        for (int i = 0; i < all.size(); i++) {
            String word = all.get(i);
            boolean last = i == all.size() - 1;
            if (last && !lastIsWhole) {
                prefix = word;
            } else if (!Names.STOP_WORDS.contains(word) && !whole.contains(word)) {
                whole.add(word);
            }
        }
        if (prefix != null && whole.contains(prefix)) {
            prefix = null; // "bosch bosch": the prefix adds nothing
        }
        if (whole.isEmpty() && (prefix == null || (prefix.length() < MIN_LENGTH))) {
            throw EfpException.badRequest(
                    "query_too_vague",
                    "Précisez la recherche : des mots comme « de », « la » ou « et » ne suffisent pas à trouver une entreprise.");
        }
        if (whole.size() + (prefix == null ? 0 : 1) > MAX_WORDS) {
            whole = whole.subList(0, prefix == null ? MAX_WORDS : MAX_WORDS - 1);
        }
        return new DirectoryQuery(raw, null, whole, prefix, limit, activeOnly);
    }

    private static EfpException tooShort() {
        return EfpException.badRequest(
                        "query_too_short",
                        "Saisissez au moins " + MIN_LENGTH + " caractères de la raison sociale ou du SIRET.")
                .textArgs(String.valueOf(MIN_LENGTH));
    }
}
