package fr.gouv.travail.efp.audit;

/** An audit entry as the API shows it (ids resolved to names where they still exist). */
public record AuditEntry(String id, long time, String actorId, String actorName, String ipAddress, String action,
        String application, String company, String subjectUserId, String details) {
}
