package fr.gouv.travail.efp.directory;

import org.keycloak.provider.ProviderFactory;

/** Factory of a {@link CompanyDirectory}; its id is what the realm attribute names. */
public interface CompanyDirectoryFactory extends ProviderFactory<CompanyDirectory> {}
