package fr.gouv.travail.efp.directory.local;

import fr.gouv.travail.efp.directory.DirectoryEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An establishment of the local directory. Reference data shared by every realm of the server
 * (the SIRENE register is national), keyed by SIRET, so a SIRET prefix is a primary-key range.
 */
@Entity
@Table(name = "EFP_DIRECTORY_ESTABLISHMENT")
public class EstablishmentEntity {

    @Id
    @Column(name = "SIRET", length = 14)
    private String siret;

    @Column(name = "SIREN", length = 9, nullable = false)
    private String siren;

    @Column(name = "NAME", length = 255, nullable = false)
    private String name;

    @Column(name = "TRADE_NAME", length = 255)
    private String tradeName;

    @Column(name = "ADDRESS", length = 255)
    private String address;

    @Column(name = "POSTAL_CODE", length = 10)
    private String postalCode;

    @Column(name = "CITY", length = 100)
    private String city;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    public DirectoryEntry toEntry() {
        return new DirectoryEntry(siret, siren, name, tradeName, address, postalCode, city, active);
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    public String getSiren() {
        return siren;
    }

    public void setSiren(String siren) {
        this.siren = siren;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTradeName() {
        return tradeName;
    }

    public void setTradeName(String tradeName) {
        this.tradeName = tradeName;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(long updatedAt) {
        this.updatedAt = updatedAt;
    }
}
