/**
 * The company directory: find an establishment by name or SIRET ("Raison sociale ou SIRET").
 *
 * <p>From Java (the admin API, the access request of the login flow):
 * <pre>{@code
 * DirectoryQuery query = DirectoryQuery.parse(typed, 20, true);      // 400 EfpException if unusable
 * DirectoryResult result = Directories.of(session, realm).search(query); // 503 EfpException if the source is down
 * }</pre>
 * The realm chooses the source with its attribute {@code efp.directory.source}: {@code local}
 * (default; {@link fr.gouv.travail.efp.directory.local}, our tables, fed from the INSEE SIRENE
 * stock by {@code efp directory import}) or {@code recherche-entreprises}
 * ({@link fr.gouv.travail.efp.directory.rechercheentreprises}, the State's public API).
 *
 * <p>The local directory is server-wide reference data (the SIRENE register is national): it has
 * no realm column, and only administrators may write it.
 */
package fr.gouv.travail.efp.directory;
