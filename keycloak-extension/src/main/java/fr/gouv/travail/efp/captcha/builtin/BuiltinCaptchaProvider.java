package fr.gouv.travail.efp.captcha.builtin;

import fr.gouv.travail.efp.captcha.CaptchaChallenge;
import fr.gouv.travail.efp.captcha.CaptchaMedia;
import fr.gouv.travail.efp.captcha.CaptchaProvider;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Self-hosted CAPTCHA: no network, image and French audio drawn here.
 *
 * <p>A challenge lives in Keycloak's single-use store under {@code efp-captcha:<id>}, the id
 * being 144 random bits; the notes hold the code hashed and sealed ({@link SealedCode}), the
 * realm and the expiry. {@link #verify} takes the notes out with {@code remove}, atomic
 * cluster-wide, before looking at the answer: one attempt per challenge, right or wrong, and a
 * replay finds nothing. Media reads use {@code get}, and draw from the stored seed so repeated
 * fetches return identical bytes.
 */
public final class BuiltinCaptchaProvider implements CaptchaProvider {

    static final String KEY_PREFIX = "efp-captcha:";
    static final String REALM = "realm";
    static final String EXPIRES = "exp";
    static final String KEY_ID = "kid";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{24}");

    private final ChallengeStore store;
    private final Supplier<SealingKeys> keys;
    private final Supplier<String> realmId;
    private final Supplier<String> codes;
    private final int expirySeconds;
    private final Clock clock;
    private final SecureRandom random;

    BuiltinCaptchaProvider(
            ChallengeStore store,
            Supplier<SealingKeys> keys,
            Supplier<String> realmId,
            Supplier<String> codes,
            int expirySeconds,
            Clock clock,
            SecureRandom random) {
        this.store = store;
        this.keys = keys;
        this.realmId = realmId;
        this.codes = codes;
        this.expirySeconds = expirySeconds;
        this.clock = clock;
        this.random = random;
    }

    /**
     * The provider for a Keycloak session. The realm is read at each call, not at creation:
     * Keycloak caches providers per session, possibly before the context has its realm.
     * Public for the test-only provider, which changes only where codes come from.
     */
    public static CaptchaProvider forSession(
            KeycloakSession session, Supplier<String> codes, int expirySeconds, SecureRandom random) {
        Supplier<RealmModel> realm = () -> {
            RealmModel current = session.getContext().getRealm();
            if (current == null) {
                throw new IllegalStateException("CAPTCHA used outside a realm");
            }
            return current;
        };
        return new BuiltinCaptchaProvider(
                ChallengeStore.of(session.singleUseObjects()),
                () -> SealingKeys.ofRealm(session, realm.get()),
                () -> realm.get().getId(),
                codes,
                expirySeconds,
                Clock.systemUTC(),
                random);
    }

    @Override
    public CaptchaChallenge create() {
        String id = CaptchaChallenge.newId(random);
        long expires = clock.instant().getEpochSecond() + expirySeconds;
        SealingKeys.SealingKey key = keys.get().active();
        Map<String, String> notes = new HashMap<>(SealedCode.seal(codes.get(), random.nextLong(), key.key(), random));
        notes.put(REALM, realmId.get());
        notes.put(EXPIRES, Long.toString(expires));
        notes.put(KEY_ID, key.id());
        store.put(KEY_PREFIX + id, expirySeconds, notes);
        return new CaptchaChallenge(id, expires);
    }

    @Override
    public Optional<CaptchaMedia> image(String challengeId) {
        return drawn(challengeId, (code, seed) -> new CaptchaMedia(CaptchaImage.png(code, seed), "image/png"));
    }

    @Override
    public Optional<CaptchaMedia> audio(String challengeId) {
        return drawn(challengeId, (code, seed) -> new CaptchaMedia(CaptchaAudio.wav(code, seed), "audio/wav"));
    }

    @Override
    public boolean verify(String challengeId, String answer) {
        if (!isWellFormed(challengeId)) {
            return false;
        }
        Map<String, String> notes = store.remove(KEY_PREFIX + challengeId);
        if (notes == null || !isLiveHere(notes)) {
            return false;
        }
        return key(notes).map(key -> SealedCode.matches(notes, answer, key)).orElse(false);
    }

    private interface Drawing {
        CaptchaMedia draw(String code, long seed);
    }

    private Optional<CaptchaMedia> drawn(String challengeId, Drawing drawing) {
        if (!isWellFormed(challengeId)) {
            return Optional.empty();
        }
        Map<String, String> notes = store.get(KEY_PREFIX + challengeId);
        if (notes == null || !isLiveHere(notes)) {
            return Optional.empty();
        }
        return key(notes).map(key -> drawing.draw(SealedCode.unseal(notes, key), SealedCode.seed(notes)));
    }

    private Optional<SecretKey> key(Map<String, String> notes) {
        return keys.get().byId(notes.get(KEY_ID));
    }

    /**
     * The store's lifespan already expires notes; checking the recorded expiry as well keeps
     * the contract when a store evicts late. The realm check keeps a challenge made for one
     * realm from being used in another (the store is server-wide).
     */
    private boolean isLiveHere(Map<String, String> notes) {
        return realmId.get().equals(notes.get(REALM))
                && clock.instant().getEpochSecond() < Long.parseLong(notes.get(EXPIRES));
    }

    static boolean isWellFormed(String challengeId) {
        return challengeId != null && ID.matcher(challengeId).matches();
    }
}
