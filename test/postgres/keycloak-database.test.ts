// Keycloak of the postgres project really runs on PostgreSQL: its Liquibase changelog created
// its schema there, realm-config's realm is stored there, and a write through the admin API
// lands there at once. Read straight from the cluster with psql, as Keycloak's database user.
import { randomUUID } from "node:crypto";
import { adminClient } from "../support/admin.js";
import { testContext } from "../support/context.js";
import { sql } from "../support/database.js";

test("the stack says it runs on PostgreSQL", () => {
  expect(testContext()).toMatchObject({ database: "postgres", external: false, postgres: { host: "127.0.0.1", database: "keycloak", username: "keycloak" } });
});

test("Keycloak's Liquibase changelog built its schema in PostgreSQL", async () => {
  const tables = (await sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).map(([name]) => name);
  expect(tables).toEqual(expect.arrayContaining(["databasechangelog", "databasechangeloglock", "realm", "client", "user_entity", "credential", "org"]));
  const [[changesets, keycloak26]] = await sql("SELECT count(*), count(*) FILTER (WHERE filename LIKE 'META-INF/jpa-changelog-26%') FROM databasechangelog");
  expect(Number(changesets)).toBeGreaterThan(100);
  expect(Number(keycloak26)).toBeGreaterThan(0);
  const [[locked]] = await sql("SELECT bool_or(locked) FROM databasechangeloglock");
  expect(locked).toBe("f");
});

test("realm-config's realm and SOFFI client are rows of PostgreSQL", async () => {
  const { realm } = testContext();
  expect(await sql(`SELECT login_theme, default_locale FROM realm WHERE name = '${realm}'`)).toEqual([["efp", "fr"]]);
  expect(await sql(`SELECT c.public_client FROM client c JOIN realm r ON r.id = c.realm_id WHERE r.name = '${realm}' AND c.client_id = 'soffi'`)).toEqual([
    ["f"],
  ]);
});

test("a user created through the admin API is written to PostgreSQL, and deleted from it", async () => {
  const { realm } = testContext();
  const kc = await adminClient();
  // The realm logs in by email: the email is the username.
  const email = `pg-${randomUUID()}@exemple.fr`;
  const { id } = await kc.users.create({ realm, username: email, email, firstName: "Base", lastName: "PostgreSQL", enabled: true });
  expect(
    await sql(`SELECT u.username, u.email, u.first_name FROM user_entity u JOIN realm r ON r.id = u.realm_id WHERE r.name = '${realm}' AND u.id = '${id}'`),
  ).toEqual([[email, email, "Base"]]);
  await kc.users.del({ realm, id });
  expect(await sql(`SELECT id FROM user_entity WHERE id = '${id}'`)).toEqual([]);
});

test("Keycloak holds connections to its database as its own role", async () => {
  const [[connections]] = await sql("SELECT count(*) FROM pg_stat_activity WHERE usename = 'keycloak' AND datname = 'keycloak' AND pid <> pg_backend_pid()");
  expect(Number(connections)).toBeGreaterThan(0);
});
