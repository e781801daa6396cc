package fr.gouv.travail.efp.directory.local;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One word of one establishment's name. The primary key (WORD, SIRET) identifies it; the search
 * reads the index (WORD, SIRET, ACTIVE, NAME_KEY): a whole word is an equality on its first
 * column, a word being typed a range ({@code WORD >= 'bos' and WORD < 'bot'}), both B-tree range
 * scans in SIRET order on H2 and PostgreSQL alike, where {@code like '%bos%'} on the names would
 * read all of them. The entry carries what the search decides on (the establishment's other words,
 * {@link NameKey}, and whether it is open), so a search reads index entries in order and nothing
 * else until it loads its page. Rewritten whenever the establishment's name or state changes.
 */
@Entity
@Table(name = "EFP_DIRECTORY_WORD")
@IdClass(DirectoryWordEntity.Key.class)
public class DirectoryWordEntity {

    @Id
    @Column(name = "WORD", length = 40)
    private String word;

    @Id
    @Column(name = "SIRET", length = 14)
    private String siret;

    @Column(name = "NAME_KEY", length = NameKey.MAX_LENGTH)
    private String nameKey;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    public DirectoryWordEntity() {}

    public DirectoryWordEntity(String word, String siret, String nameKey, boolean active) {
        this.word = word;
        this.siret = siret;
        this.nameKey = nameKey;
        this.active = active;
    }

    public String getWord() {
        return word;
    }

    public String getSiret() {
        return siret;
    }

    public String getNameKey() {
        return nameKey;
    }

    public boolean isActive() {
        return active;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String word;
        private String siret;

        public Key() {}

        public Key(String word, String siret) {
            this.word = word;
            this.siret = siret;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(word, key.word) && Objects.equals(siret, key.siret);
        }

        @Override
        public int hashCode() {
            return Objects.hash(word, siret);
        }
    }
}
