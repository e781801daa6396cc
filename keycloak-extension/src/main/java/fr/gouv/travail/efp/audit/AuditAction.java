package fr.gouv.travail.efp.audit;

/** What an audit entry records. Stored by name: never rename a constant, add one. */
public enum AuditAction {
    HABILITATION_GRANTED,
    HABILITATION_UPDATED,
    HABILITATION_REVOKED,
    RA_CODE_CREATED,
    RA_CODE_REVOKED,
    RA_CODE_REDEEMED,
    COMPANY_CREATED,
    ACCESS_REQUESTED,
    ACCESS_REQUEST_CANCELLED,
    ACCESS_REQUEST_REFUSED,
    CHARTER_ACCEPTED,
    INVITATION_SENT,
    INVITATION_RESENT,
    INVITATION_CANCELLED,
    INVITATION_ACCEPTED,
    /** A user removed in Keycloak took their habilitations of the application with them (details: how many). */
    HABILITATIONS_REMOVED_WITH_USER,
    /** A company (organization) removed in Keycloak took its habilitations of the application with it. */
    HABILITATIONS_REMOVED_WITH_COMPANY,
    /** EFP ADMIN: an account disabled (its sessions ended), enabled again, unlocked after brute-force detection. */
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ACCOUNT_UNLOCKED,
    /** EFP ADMIN: a password-reset link, or the address's validation link, emailed to an account. */
    PASSWORD_RESET_SENT,
    ADDRESS_VALIDATION_SENT,
    /** EFP ADMIN: an account deleted by an administrator (details: its username and email). */
    ACCOUNT_DELETED,
    /** EFP ADMIN: an account created with its habilitations (details: kind, test account's last day). */
    ACCOUNT_CREATED,
    /** EFP ADMIN: a CSV export of personal data (the user list or the audit journal; details: which, and its filters). */
    DATA_EXPORTED,
    /** The migration from the old portal created or updated an account (details: its line, what changed). */
    ACCOUNT_IMPORTED,
    /** EFP ADMIN: an application created (details: clientId, name, roles). */
    APPLICATION_CREATED,
    /** EFP ADMIN: an application changed (details: the fields changed, roles added, relabelled or removed). */
    APPLICATION_UPDATED,
    /** EFP ADMIN: an application's secret renewed (the old one stops working; the secret is never recorded). */
    APPLICATION_SECRET_ROTATED
}
