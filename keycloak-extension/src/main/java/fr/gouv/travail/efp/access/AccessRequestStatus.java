package fr.gouv.travail.efp.access;

/**
 * Where an access request stands: PENDING until an access manager approves or refuses it, or
 * its author cancels it. Stored by name: never rename a constant. Queries take it as a
 * parameter ({@code r.status = :pending}).
 */
public enum AccessRequestStatus {
    PENDING,
    APPROVED,
    REFUSED,
    CANCELLED
}
