package fr.gouv.travail.efp.directory.local;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One word of one establishment's name. The primary key (WORD, SIRET) is the search index: a
 * whole word is an equality on its first column, a word being typed a range
 * ({@code WORD >= 'bos' and WORD < 'bot'}), both B-tree range scans in SIRET order on H2 and
 * PostgreSQL alike, where {@code like '%bos%'} on the names would read all of them.
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

    public DirectoryWordEntity() {
    }

    public DirectoryWordEntity(String word, String siret) {
        this.word = word;
        this.siret = siret;
    }

    public String getWord() { return word; }
    public String getSiret() { return siret; }

    /** The composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String word;
        private String siret;

        public Key() {
        }

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
