package fr.gouv.travail.efp.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A message waiting to be delivered, written in the transaction of the change that causes it:
 * rendered at that moment (the text says what happened then), delivered later with retries.
 */
@Entity
@Table(name = "EFP_OUTBOX")
public class OutboxEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "RECIPIENT", length = 320, nullable = false)
    private String recipient;

    @Column(name = "SUBJECT", length = 500, nullable = false)
    private String subject;

    // Plain strings on the TEXT/CLOB columns, not @Lob: on PostgreSQL, Hibernate would put a
    // @Lob String in a large object and only its number in the row, where nothing ever deletes
    // it (an erased body would live on, orphaned).
    @Column(name = "TEXT_BODY", nullable = false)
    private String textBody;

    @Column(name = "HTML_BODY")
    private String htmlBody;

    @Column(name = "KIND", length = 64, nullable = false)
    private String kind;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    private long nextAttemptAt;

    @Column(name = "SENT_AT")
    private Long sentAt;

    @Column(name = "LAST_ERROR", length = 1000)
    private String lastError;

    /** Set when the SMTP server refused the recipient for good: the message is never tried again. */
    @Column(name = "FAILED_AT")
    private Long failedAt;

    /** The bodies carry a secret (an invitation link): erased once SMTP accepted the message. */
    @Column(name = "ERASE_AFTER_SENDING", nullable = false)
    private boolean eraseAfterSending;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public void setTextBody(String textBody) {
        this.textBody = textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public void setHtmlBody(String htmlBody) {
        this.htmlBody = htmlBody;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    public long getNextAttemptAt() {
        return nextAttemptAt;
    }

    public void setNextAttemptAt(long nextAttemptAt) {
        this.nextAttemptAt = nextAttemptAt;
    }

    public Long getSentAt() {
        return sentAt;
    }

    public void setSentAt(Long sentAt) {
        this.sentAt = sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public void setLastError(String lastError) {
        this.lastError = lastError;
    }

    public Long getFailedAt() {
        return failedAt;
    }

    public void setFailedAt(Long failedAt) {
        this.failedAt = failedAt;
    }

    public boolean isEraseAfterSending() {
        return eraseAfterSending;
    }

    public void setEraseAfterSending(boolean eraseAfterSending) {
        this.eraseAfterSending = eraseAfterSending;
    }
}
