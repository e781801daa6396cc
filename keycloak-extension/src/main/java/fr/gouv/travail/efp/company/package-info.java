/**
 * Companies (establishments identified by their SIRET) as EFP Connect sees them.
 *
 * <p>Rules about identifiers live in plain classes ({@link fr.gouv.travail.efp.company.Siret})
 * so that unit tests, REST resources and authenticators share one definition; the Keycloak
 * providers in this package ({@link fr.gouv.travail.efp.company.SiretValidator}) only adapt
 * those rules to Keycloak's SPIs. The extension has no README of its own on purpose: the
 * project's documentation lives in the root README, and the reasons for each choice stay next
 * to the code they explain.
 */
package fr.gouv.travail.efp.company;
