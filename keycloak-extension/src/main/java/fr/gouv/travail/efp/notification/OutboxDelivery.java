package fr.gouv.travail.efp.notification;

import fr.gouv.travail.efp.jpa.Jpa;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Delivers the outbox: due messages are leased (a conditional update, so two Keycloak nodes
 * never send the same one), sent through the realm's SMTP settings, then marked sent or given a
 * later try. A message is marked sent only after SMTP accepted it; one whose recipient the SMTP
 * server refused for good ({@link DeliveryFailure}) is set aside, never tried again.
 */
public final class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class);
    static final long LEASE_MILLIS = 120_000;
    static final int BATCH = 50;

    private OutboxDelivery() {}

    /** One pass: returns how many messages were sent. */
    public static int deliverDue(KeycloakSessionFactory factory, RetrySchedule retries) {
        List<String> leased = new ArrayList<>();
        KeycloakModelUtils.runJobInTransaction(factory, session -> {
            EntityManager em = Jpa.em(session);
            long now = System.currentTimeMillis();
            List<Object[]> due = em.createQuery(
                            "select o.id, o.nextAttemptAt from OutboxEntity o where o.sentAt is null and o.failedAt is null and o.nextAttemptAt <= :now order by o.nextAttemptAt",
                            Object[].class)
                    .setParameter("now", now)
                    .setMaxResults(BATCH)
                    .getResultList();
            for (Object[] row : due) {
                int claimed = em.createQuery(
                                "update OutboxEntity o set o.nextAttemptAt = :lease where o.id = :id and o.nextAttemptAt = :seen and o.sentAt is null")
                        .setParameter("lease", now + LEASE_MILLIS)
                        .setParameter("id", row[0])
                        .setParameter("seen", row[1])
                        .executeUpdate();
                if (claimed == 1) {
                    leased.add((String) row[0]);
                }
            }
        });
        int sent = 0;
        for (String id : leased) {
            if (deliverOne(factory, id, retries)) {
                sent++;
            }
        }
        return sent;
    }

    private static boolean deliverOne(KeycloakSessionFactory factory, String id, RetrySchedule retries) {
        boolean[] sent = {false};
        KeycloakModelUtils.runJobInTransaction(factory, session -> {
            EntityManager em = Jpa.em(session);
            OutboxEntity message = em.find(OutboxEntity.class, id);
            if (message == null || message.getSentAt() != null) {
                return;
            }
            RealmModel realm = session.realms().getRealm(message.getRealmId());
            if (realm == null) {
                em.remove(message);
                return;
            }
            session.getContext().setRealm(realm);
            try {
                session.getProvider(EmailSenderProvider.class)
                        .send(
                                realm.getSmtpConfig(),
                                message.getRecipient(),
                                message.getSubject(),
                                message.getTextBody(),
                                message.getHtmlBody());
                message.setSentAt(System.currentTimeMillis());
                message.setLastError(null);
                if (message.isEraseAfterSending()) {
                    message.setTextBody("");
                    message.setHtmlBody(null);
                }
                sent[0] = true;
            } catch (EmailException | RuntimeException e) {
                int attempts = message.getAttempts() + 1;
                message.setAttempts(attempts);
                String reason = DeliveryFailure.describe(e);
                message.setLastError(reason.length() > 1000 ? reason.substring(0, 1000) : reason);
                if (DeliveryFailure.isPermanent(e)) {
                    message.setFailedAt(System.currentTimeMillis());
                    if (message.isEraseAfterSending()) {
                        // Never sent, never tried again: the secret it carried goes now.
                        message.setTextBody("");
                        message.setHtmlBody(null);
                    }
                    LOG.errorf(
                            "Outbox message %s (%s) to %s refused for good by the SMTP server, not tried again: %s",
                            id, message.getKind(), message.getRecipient(), reason);
                    return;
                }
                message.setNextAttemptAt(System.currentTimeMillis() + retries.delayAfter(attempts));
                LOG.warnf(
                        "Outbox message %s (%s) to %s not delivered, try %d: %s; next try in %d s",
                        id,
                        message.getKind(),
                        message.getRecipient(),
                        attempts,
                        reason,
                        retries.delayAfter(attempts) / 1000);
            }
        });
        return sent[0];
    }
}
