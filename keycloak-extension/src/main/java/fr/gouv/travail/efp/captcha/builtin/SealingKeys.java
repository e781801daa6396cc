package fr.gouv.travail.efp.captcha.builtin;

import java.util.Optional;
import javax.crypto.SecretKey;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The realm's AES keys (Keycloak's {@code aes-generated} provider, present in every realm and
 * stored in the database, so every node of a cluster has them). A challenge records the id of
 * the key it was sealed under: a key rotation during its few minutes of life breaks nothing.
 */
interface SealingKeys {

    record SealingKey(String id, SecretKey key) {}

    SealingKey active();

    /** Empty when the key was removed since: the challenge is then as good as expired. */
    Optional<SecretKey> byId(String id);

    static SealingKeys ofRealm(KeycloakSession session, RealmModel realm) {
        return new SealingKeys() {
            @Override
            public SealingKey active() {
                KeyWrapper key = session.keys().getActiveKey(realm, KeyUse.ENC, Algorithm.AES);
                if (key == null || key.getSecretKey() == null) {
                    throw new IllegalStateException(
                            "realm " + realm.getName() + " has no active AES key (aes-generated) for the CAPTCHA");
                }
                return new SealingKey(key.getKid(), key.getSecretKey());
            }

            @Override
            public Optional<SecretKey> byId(String id) {
                KeyWrapper key = session.keys().getKey(realm, id, KeyUse.ENC, Algorithm.AES);
                return Optional.ofNullable(key).map(KeyWrapper::getSecretKey);
            }
        };
    }
}
