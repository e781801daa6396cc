/**
 * The extension's tables in Keycloak's database: the entities of every capability registered
 * with Keycloak's persistence unit, their Liquibase changelog, and what runs once the database
 * is migrated. The one package that knows every capability's entities; the helpers the
 * capabilities share (the session's entity manager, filters, removal cleanup) are in
 * {@code jpa}, which knows none of them.
 */
package fr.gouv.travail.efp.schema;
