package fr.gouv.travail.efp.directory.local;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many establishments hold a word: the statistics a name query uses to walk its rarest
 * word. Recomputed after each import ({@link EstablishmentStore#refreshStatistics}), not kept
 * exact on every write: a stale count only makes a query pick a less good word, never a wrong
 * answer.
 */
@Entity
@Table(name = "EFP_DIRECTORY_TERM")
public class DirectoryTermEntity {

    @Id
    @Column(name = "WORD", length = 40)
    private String word;

    @Column(name = "ESTABLISHMENTS", nullable = false)
    private long establishments;

    public String getWord() {
        return word;
    }

    public long getEstablishments() {
        return establishments;
    }
}
