package fr.gouv.travail.efp.directory;

/**
 * One establishment as the directory knows it.
 *
 * @param siret 14 digits
 * @param siren the company's 9 digits (the SIRET's first nine)
 * @param name company name (raison sociale), or first and last name of a sole trader
 * @param tradeName sign or usual name of the establishment (enseigne), if any
 * @param address street part of the address ("32 AVENUE MICHELET"), may be null
 * @param postalCode may be null (establishments abroad)
 * @param city commune name, may be null
 * @param active false once INSEE records the establishment as closed (état administratif F)
 */
public record DirectoryEntry(
        String siret,
        String siren,
        String name,
        String tradeName,
        String address,
        String postalCode,
        String city,
        boolean active) {

    /** "32 AVENUE MICHELET 93400 SAINT-OUEN-SUR-SEINE", as the seed's result list shows it. */
    public String fullAddress() {
        StringBuilder out = new StringBuilder();
        for (String part : new String[] {address, postalCode, city}) {
            if (part != null && !part.isBlank()) {
                if (out.length() > 0) out.append(' ');
                out.append(part.strip());
            }
        }
        return out.toString();
    }
}
