package fr.gouv.travail.efp.directory;

import org.keycloak.provider.Provider;

/**
 * Where companies are looked up by name or SIRET: the admin API, and the access request of the
 * login flow ("Raison sociale ou SIRET"). One provider per source; the realm picks one with its
 * attribute {@value Directories#SOURCE_ATTRIBUTE} (see {@link Directories#of}).
 *
 * <p>A source that cannot answer (network, rate limit) throws an
 * {@link fr.gouv.travail.efp.common.EfpException} with status 503 and a French message: callers
 * show it, they never treat it as "no result".
 */
public interface CompanyDirectory extends Provider {

    DirectoryResult search(DirectoryQuery query);

    /** Convenience for Java callers: parses (and may refuse, 400) then searches. */
    default DirectoryResult search(String text, int max) {
        return search(DirectoryQuery.parse(text, max, false));
    }

    @Override
    default void close() {}
}
