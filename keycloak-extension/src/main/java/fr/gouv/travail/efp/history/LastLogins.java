package fr.gouv.travail.efp.history;

import fr.gouv.travail.efp.jpa.Jpa;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;

/** Reads and writes the accounts' last sign-in ({@link LastLoginEntity}). */
public final class LastLogins {

    private final EntityManager em;

    public LastLogins(KeycloakSession session) {
        this.em = Jpa.em(session);
    }

    /** Records a sign-in at {@code time}, unless a later one is already recorded. */
    public void record(String realmId, String userId, long time) {
        LastLoginEntity known = em.find(LastLoginEntity.class, userId);
        if (known == null) {
            LastLoginEntity first = new LastLoginEntity();
            first.setUserId(userId);
            first.setRealmId(realmId);
            first.setTime(time);
            em.persist(first);
        } else if (known.getTime() < time) {
            known.setTime(time);
        }
    }

    /** The last sign-in of this account (epoch milliseconds), if it ever signed in. */
    public Optional<Long> of(String userId) {
        return Optional.ofNullable(em.find(LastLoginEntity.class, userId)).map(LastLoginEntity::getTime);
    }

    /** The last sign-in of each of these accounts that ever signed in, in one query. */
    public Map<String, Long> of(Collection<String> userIds) {
        Map<String, Long> times = new HashMap<>();
        if (userIds.isEmpty()) {
            return times;
        }
        em.createQuery("select l from LastLoginEntity l where l.userId in :ids", LastLoginEntity.class)
                .setParameter("ids", userIds)
                .getResultList()
                .forEach(login -> times.put(login.getUserId(), login.getTime()));
        return times;
    }
}
