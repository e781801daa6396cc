package fr.gouv.travail.efp.directory;

import java.util.List;

/**
 * A page of establishments and how many match in all ("64 résultats affichés sur 64").
 *
 * @param items at most the query's max, in the source's order
 * @param total how many establishments match; a lower bound when {@code totalCapped}
 * @param totalCapped the source stopped counting (too many matches to be useful: refine the query)
 * @param source id of the source that answered
 */
public record DirectoryResult(List<DirectoryEntry> items, long total, boolean totalCapped, String source) {

    public DirectoryResult {
        items = List.copyOf(items);
    }
}
