// The migration from the old portal at scale: a synthetic export of 100,000 professionals (one
// row per habilitation, a fifth of them with two, access managers among them, 1,000 companies to
// create) imported by the real `efp migrate import` code through efp-admin (rows/s), then the
// same file again (every account unchanged: what a resumed run costs), against stock Keycloak
// creating the same people with the same attributes through its partial import
// (`POST /admin/realms/{realm}/partialImport`, batches of 500, the same concurrency), in the same run.
// Stock does less (no company, no habilitation, no audit entry, no check of an old state): the
// ratio says what the migration's extra work costs per person.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { connect, importMigration, progressBar, type MigrationReport } from "@efp/provisioning";
import { benchPeople, benchSiret } from "./access.js";
import { administratorApi } from "./directory.js";
import type { BenchContext, BenchPart } from "./part.js";

/** `efp migrate import`'s default batch; stock gets the batches it does best with (the access part's). */
const BATCH = 25;
const STOCK_BATCH = 500;
const CONCURRENCY = 2;

/** The export: `users` people, every fifth with a second habilitation, every tenth an access manager. */
export function writeMigrationFile(file: string, users: number, prefix: string, companies: number): { rows: number; sirets: string[] } {
  const people = benchPeople(users, 11, prefix);
  // Companies of this run only: runs on a shared stack never meet.
  const base = crypto.createHash("sha256").update(prefix).digest().readUInt32BE(0) % 1_000_000_000;
  const sirets = Array.from({ length: Math.max(1, companies) }, (_, index) => benchSiret(700_000_000_000 + base + index));
  const lines = ["email,firstName,lastName,phone,siret,companyName,application,roles,accessManager"];
  people.forEach((person, index) => {
    const siret = sirets[index % sirets.length];
    const company = `ANCIEN PORTAIL ${siret.slice(-6)}`;
    const phone = index % 3 === 0 ? `01 ${String(index % 100).padStart(2, "0")} 00 00 00` : "";
    const identity = `${person.username},${person.firstName},${person.lastName},${phone}`;
    lines.push(`${identity},${siret},${company},soffi,${index % 4 === 0 ? "gestionnaire" : "consultation"},${index % 10 === 0 ? "oui" : "non"}`);
    if (index % 5 === 0) lines.push(`${identity},${siret},${company},maf,deposant,non`);
  });
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
  return { rows: lines.length - 1, sirets };
}

export const migrateImportPart: BenchPart<{ users: number; companies: number }> = {
  name: "migrate-import",
  sizes: {
    users: { env: "BENCH_MIGRATE_USERS", full: 100_000, tiny: 12 },
    companies: { env: "BENCH_MIGRATE_COMPANIES", full: 1_000, tiny: 2 },
  },
  async run(context: BenchContext, sizes) {
    const { realm, keycloakUrl } = context;
    const prefix = `migr-${context.runId}`;
    const stockPrefix = `migr-stock-${context.runId}`;
    const file = path.join(context.workDir, `${prefix}.csv`);
    const { rows, sirets } = writeMigrationFile(file, sizes.users, prefix, sizes.companies);
    const api = await administratorApi(context);
    const kc = await connect({ baseUrl: keycloakUrl, ...context.admin });
    const big = sizes.users >= 10_000;
    let errors = 0;
    try {
      context.log(`Migration : ${sizes.users.toLocaleString("fr-FR")} comptes, ${rows.toLocaleString("fr-FR")} lignes, ${sirets.length} établissements…`);
      const first: MigrationReport = await importMigration(api, {
        file,
        batchSize: BATCH,
        concurrency: CONCURRENCY,
        ...(big && { onProgress: progressBar() }),
      });
      errors += first.rejections.length + first.skipped + (first.created === sizes.users ? 0 : 1);
      context.log(`Migration : import en ${first.seconds.toFixed(1)} s (${Math.round(first.rowsPerSecond)} lignes/s)`);
      const again = await importMigration(api, { file, batchSize: BATCH, concurrency: CONCURRENCY });
      errors += again.unchanged === sizes.users ? 0 : 1;

      // Stock Keycloak: the same people, same attributes, by partial import, same batches.
      const stockPeople = benchPeople(sizes.users, 11, stockPrefix);
      const chunks: (typeof stockPeople)[] = [];
      for (let index = 0; index < stockPeople.length; index += STOCK_BATCH) chunks.push(stockPeople.slice(index, index + STOCK_BATCH));
      const stockStarted = performance.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < chunks.length) {
            const chunk = chunks[next++];
            await kc.realms.partialImport({
              realm,
              rep: {
                ifResourceExists: "SKIP",
                users: chunk.map((person) => ({
                  username: person.username,
                  email: person.username,
                  firstName: person.firstName,
                  lastName: person.lastName,
                  enabled: true,
                  emailVerified: false,
                  attributes: { "efp.user-kind": ["professional"], "efp.migrated": ["true"] },
                })),
              },
            });
          }
        }),
      );
      const stockSeconds = (performance.now() - stockStarted) / 1000;
      const stockUsersPerSecond = sizes.users / stockSeconds;
      const accountsPerSecond = sizes.users / first.seconds;
      context.print(
        `  Migration depuis l'ancien portail, ${sizes.users} comptes (${rows} lignes, ${first.companies.length} établissements créés), lots de ${BATCH} (Keycloak : ${STOCK_BATCH}), ${CONCURRENCY} requêtes à la fois :`,
      );
      context.print(
        `    import           ${first.seconds.toFixed(1)} s  ${Math.round(first.rowsPerSecond)} lignes/s  ${Math.round(accountsPerSecond)} comptes/s`,
      );
      context.print(`    relance (rien à faire) ${again.seconds.toFixed(1)} s  ${Math.round(again.rowsPerSecond)} lignes/s`);
      context.print(`    Keycloak, partialImport des mêmes personnes  ${stockSeconds.toFixed(1)} s  ${Math.round(stockUsersPerSecond)} comptes/s`);
      context.print(`    ratio comptes/s import / partialImport : ${(accountsPerSecond / stockUsersPerSecond).toFixed(2)}`);
      return {
        operations: rows + again.rows + sizes.users,
        errors,
        figures: {
          rowsPerSecond: first.rowsPerSecond,
          accountsPerSecond,
          rerunRowsPerSecond: again.rowsPerSecond,
          stockUsersPerSecond,
          ratio: accountsPerSecond / stockUsersPerSecond,
        },
      };
    } finally {
      fs.rmSync(file, { force: true });
      if (context.cleanUp) {
        for (const who of [prefix, stockPrefix])
          for (const user of await kc.users.find({ realm, search: who, max: sizes.users + 10 }))
            if (user.username?.startsWith(who)) await kc.users.del({ realm, id: user.id! });
        // Removing a company takes its habilitations with it (RemovalCleanup).
        for (const siret of sirets) {
          const [organization] = (await kc.organizations.find({ realm, search: siret })).filter((org) => org.alias === siret);
          if (organization?.id) await kc.organizations.delById({ realm, id: organization.id });
        }
      }
    }
  },
};
