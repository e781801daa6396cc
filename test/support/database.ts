// Keycloak's own database, for suites that must check what was really stored (a hash and not
// the code, a row per habilitation…). Only the PostgreSQL stack exposes it: H2's dev-file is
// locked by the running Keycloak.
import { query, type PostgresConnection } from "../../scripts/src/postgres/server.js";
import { testContext } from "./context.js";

/** True in the `postgres` jest project: `(onPostgres() ? test : test.skip)(…)` for a database check in a suite that runs on both. */
export function onPostgres(): boolean {
  return testContext().postgres !== undefined;
}

export function postgresConnection(): PostgresConnection {
  const connection = testContext().postgres;
  if (!connection)
    throw new Error("cette suite lit la base de Keycloak : elle ne tourne que dans le projet jest postgres (test/postgres, voir jest.config.ts)");
  return connection;
}

/** Rows of one SQL statement run as Keycloak's database user, each as its text values. */
export function sql(statement: string): Promise<string[][]> {
  return query(postgresConnection(), statement);
}
