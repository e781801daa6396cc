package fr.gouv.travail.efp.charter;

/** What the charter page posted: its two buttons, anything else is neither. */
enum CharterDecision {
    ACCEPT,
    DECLINE,
    NONE;

    static CharterDecision of(String action) {
        if ("accept".equals(action)) {
            return ACCEPT;
        }
        return "decline".equals(action) ? DECLINE : NONE;
    }
}
