package fr.gouv.travail.efp.migration;

/** What the import leaves on the accounts it wrote (user attributes). */
public final class ImportMarks {

    /** {@link Fingerprint} of what the last import wrote. */
    public static final String FINGERPRINT = "efp.migration.fingerprint";

    /** The habilitations the last import wrote ({@link Fingerprint#pair}, one value each). */
    public static final String HABILITATIONS = "efp.migration.habilitations";

    /** When the last import wrote the account (ISO-8601). */
    public static final String IMPORTED_AT = "efp.migration.imported-at";

    /** The old portal's phone number (an unmanaged attribute: administrators see and edit it). */
    public static final String PHONE = "phoneNumber";

    private ImportMarks() {}
}
