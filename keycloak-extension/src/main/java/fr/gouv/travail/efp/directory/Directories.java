package fr.gouv.travail.efp.directory;

import fr.gouv.travail.efp.common.EfpException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Which directory a realm searches. */
public final class Directories {

    /** Realm attribute naming the {@link CompanyDirectoryFactory} id; set by realm-config. */
    public static final String SOURCE_ATTRIBUTE = "efp.directory.source";

    /** Our own tables: no network, works offline and in tests. */
    public static final String DEFAULT_SOURCE = "local";

    private Directories() {}

    public static String sourceId(RealmModel realm) {
        String id = realm.getAttribute(SOURCE_ATTRIBUTE);
        return id == null || id.isBlank() ? DEFAULT_SOURCE : id.trim();
    }

    /**
     * The realm's directory. A realm naming a source that is not installed is a configuration
     * error, reported as such rather than answered with an empty directory.
     */
    public static CompanyDirectory of(KeycloakSession session, RealmModel realm) {
        String id = sourceId(realm);
        CompanyDirectory directory = session.getProvider(CompanyDirectory.class, id);
        if (directory == null) {
            throw new EfpException(
                    500,
                    "directory_not_installed",
                    "La source d'annuaire « " + id + " » choisie pour le royaume " + realm.getName()
                            + " n'est pas installée (attribut " + SOURCE_ATTRIBUTE
                            + " : local ou recherche-entreprises).");
        }
        return directory;
    }
}
