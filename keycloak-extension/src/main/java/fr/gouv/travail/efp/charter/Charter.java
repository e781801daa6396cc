package fr.gouv.travail.efp.charter;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The access manager charter: a versioned text from realm-config (realm attributes), and the
 * user's acceptance (user attributes: version and time), like Keycloak's terms and conditions.
 */
public record Charter(String version, String title, List<String> paragraphs) {

    public static final String VERSION_ATTRIBUTE = "efp.charter.version";
    public static final String TITLE_ATTRIBUTE = "efp.charter.title";
    public static final String TEXT_ATTRIBUTE = "efp.charter.text";
    public static final String ACCEPTED_VERSION = "efp.charter.accepted-version";
    public static final String ACCEPTED_AT = "efp.charter.accepted-at";

    /** The realm's charter, or null when realm-config declares none. */
    public static Charter of(RealmModel realm) {
        String version = realm.getAttribute(VERSION_ATTRIBUTE);
        String text = realm.getAttribute(TEXT_ATTRIBUTE);
        if (version == null || version.isBlank() || text == null || text.isBlank()) {
            return null;
        }
        String title =
                Objects.requireNonNullElse(realm.getAttribute(TITLE_ATTRIBUTE), "Charte du responsable des accès");
        return new Charter(version, title, paragraphs(text));
    }

    /** Blank lines separate paragraphs; line breaks inside one are kept as spaces. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n"))
                .map(p -> p.strip().replaceAll("\\s*\n\\s*", " "))
                .filter(p -> !p.isEmpty())
                .toList();
    }

    public boolean acceptedBy(UserModel user) {
        return version.equals(user.getFirstAttribute(ACCEPTED_VERSION));
    }
}
