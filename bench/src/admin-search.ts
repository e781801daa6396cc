// EFP ADMIN's user search at scale (issue 15's benchmark: 100,000 users, 200,000 habilitations,
// p95 ≤ 100 ms), on the bench's own stack. The people are seeded the way the old portal's people
// will arrive: a migration file imported by `efp migrate import`'s own code through efp-admin's
// migration batches (each person two habilitations: MAF on one company, SOFFI or MAF on another,
// so that the application admin of SOFFI sees half of them). Then the screen's searches, one at a
// time — a surname being typed, part of an email, a SIRET, a company name, the application
// filter with a surname, the kind and status filters alone (paged) — each as an Administrateur
// and as the Administrateur applicatif of SOFFI, signed in as the screen signs them in
// (GET realms/{realm}/efp-admin/users?q=…, pages of 20), alternated with stock Keycloak's admin
// search on the same data (GET admin/realms/{realm}/users?search=*…*, Keycloak's infix search,
// the same "contains" as ours; for the filters alone its nearest query: enabled=true, the
// attribute query efp.migrated:true, a plain page). Keycloak knows no SIRET, company or
// application of a user: for those it searches the same text among the users and finds nothing
// (less work than ours, which searches the companies too). p50/p95/p99 of both, by kind of search
// and by caller, and their ratio.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { connect, importMigration, progressBar } from "@efp/provisioning";
import { benchPeople, benchSiret, figures, latencies, SURNAMES } from "./access.js";
import { compareWithStock, createStaff, staffToken, stockAdminToken, timedJson } from "./admin-staff.js";
import { administratorApi } from "./directory.js";
import type { BenchContext, BenchPart } from "./part.js";
import { random } from "./synthetic-sirene.js";

export const ADMIN_SEARCH_TARGET_P95_MS = 100;
const PAGE = 20;
const COMPANY_WORDS = "BOULANGERIE TRANSPORTS BATIMENT NETTOYAGE SECURITE LOGISTIQUE RESTAURATION INFORMATIQUE JARDINERIE MENUISERIE".split(" ");

/** The migration file of the search bench: each person two habilitations (see the top of this file). */
export function writeSearchFile(file: string, users: number, prefix: string, companies: number): { rows: number; sirets: string[]; companyNames: string[] } {
  const people = benchPeople(users, 13, prefix);
  const base = crypto.createHash("sha256").update(prefix).digest().readUInt32BE(0) % 1_000_000_000;
  const count = Math.max(2, companies);
  const sirets = Array.from({ length: count }, (_, index) => benchSiret(600_000_000_000 + base + index));
  const companyNames = sirets.map((_, index) => `${COMPANY_WORDS[index % COMPANY_WORDS.length]} ${String(index).padStart(4, "0")} ${prefix.toUpperCase()}`);
  const lines = ["email,firstName,lastName,phone,siret,companyName,application,roles,accessManager"];
  people.forEach((person, index) => {
    const identity = `${person.username},${person.firstName},${person.lastName},`;
    const first = index % count;
    const second = (index + 1) % count;
    lines.push(`${identity},${sirets[first]},${companyNames[first]},maf,deposant,non`);
    if (index % 2 === 0) lines.push(`${identity},${sirets[second]},${companyNames[second]},soffi,${index % 4 === 0 ? "gestionnaire" : "consultation"},non`);
    else lines.push(`${identity},${sirets[second]},${companyNames[second]},maf,deposant,non`);
  });
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
  return { rows: lines.length - 1, sirets, companyNames };
}

export const SEARCH_KINDS = ["nom", "courriel", "SIRET", "raison sociale", "application + nom", "type + statut", "migrés", "jamais connectés"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchQuery {
  kind: SearchKind;
  /** Ours: efp-admin/users's parameters. */
  ours: Record<string, string>;
  /** Stock Keycloak's nearest query: admin/realms/{realm}/users's parameters. */
  stock: Record<string, string>;
}

/** The screen's searches, every kind in turn, deterministic. */
export function searchMix(count: number, seed: number, data: { users: number; sirets: string[] }): SearchQuery[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const surname = () => {
    const name = pick(SURNAMES);
    return name.slice(0, 3 + Math.floor(next() * (name.length - 2))).toLowerCase();
  };
  const page = () => String(Math.floor(next() * Math.min(50, Math.max(1, Math.floor(data.users / PAGE)))) * PAGE);
  return Array.from({ length: count }, (_, index) => {
    const kind = SEARCH_KINDS[index % SEARCH_KINDS.length];
    const first = kind === "type + statut" || kind === "migrés" || kind === "jamais connectés" ? page() : "0";
    const common = { first, max: String(PAGE) };
    const text = (q: string): Pick<SearchQuery, "ours" | "stock"> => ({ ours: { ...common, q }, stock: { ...common, search: `*${q}*` } });
    switch (kind) {
      case "nom":
        return { kind, ...text(surname()) };
      case "courriel":
        return { kind, ...text(`hab-${String(Math.floor(next() * data.users)).padStart(5, "0")}`) };
      case "SIRET":
        return { kind, ...text(pick(data.sirets)) };
      case "raison sociale": {
        const company = Math.floor(next() * data.sirets.length);
        return { kind, ...text(`${COMPANY_WORDS[company % COMPANY_WORDS.length].toLowerCase()} ${String(company).padStart(4, "0")}`) };
      }
      case "application + nom": {
        const q = surname();
        return { kind, ours: { ...common, q, application: "soffi" }, stock: { ...common, search: `*${q}*` } };
      }
      case "type + statut":
        return { kind, ours: { ...common, kind: "professional", status: "active" }, stock: { ...common, enabled: "true" } };
      case "migrés":
        return { kind, ours: { ...common, status: "migrated" }, stock: { ...common, q: "efp.migrated:true" } };
      case "jamais connectés":
        return { kind, ours: { ...common, status: "never-logged-in" }, stock: { ...common } };
    }
  });
}

type Caller = "Administrateur" | "AA SOFFI";

export const adminSearchPart: BenchPart<{ users: number; companies: number; searches: number; warmup: number }> = {
  name: "admin-search",
  sizes: {
    users: { env: "BENCH_SEARCH_USERS", full: 100_000, tiny: 12 },
    companies: { env: "BENCH_SEARCH_COMPANIES", full: 1_000, tiny: 3 },
    searches: { env: "BENCH_SEARCH_QUERIES", full: 480, tiny: 16 },
    warmup: { full: 32, tiny: 0 },
  },
  async run(context: BenchContext, sizes) {
    const { realm, keycloakUrl } = context;
    const prefix = `rech-${context.runId}`;
    const file = path.join(context.workDir, `${prefix}.csv`);
    const { rows, sirets } = writeSearchFile(file, sizes.users, prefix, sizes.companies);
    const kc = await connect({ baseUrl: keycloakUrl, ...context.admin });
    const api = await administratorApi(context);
    let errors = 0;
    try {
      // The people, as the migration will bring them.
      context.log(`Recherche : ${sizes.users} comptes, ${rows} habilitations, ${sirets.length} établissements, par l'import de migration…`);
      const seeded = await importMigration(api, { file, batchSize: 25, concurrency: 2, ...(sizes.users >= 10_000 && { onProgress: progressBar() }) });
      if (seeded.created !== sizes.users || seeded.rejections.length > 0)
        throw new Error(
          `import : ${seeded.created} comptes créés sur ${sizes.users}, ${seeded.rejections.length} rejets (${seeded.rejections[0]?.message ?? ""})`,
        );
      const seedAccountsPerSecond = sizes.users / seeded.seconds;
      context.log(`Recherche : import en ${seeded.seconds.toFixed(0)} s (${seedAccountsPerSecond.toFixed(0)} comptes/s)`);

      // Who searches: an Administrateur and the AA of SOFFI, signed in as EFP ADMIN signs them in.
      const administrator = await createStaff(context, kc, `${prefix}-administrateur@exemple.fr`, { realm: ["efp-administrator"] });
      const aa = await createStaff(context, kc, `${prefix}-aa@exemple.fr`, { clients: { soffi: ["efp-application-admin"] } });
      const stockToken = stockAdminToken(context, kc);

      const mix = searchMix(sizes.searches + sizes.warmup, 17, { users: sizes.users, sirets });
      const ours: Record<string, number[]> = {};
      const stock: Record<string, number[]> = {};
      const byCaller: Record<Caller, number[]> = { Administrateur: [], "AA SOFFI": [] };
      for (const [index, query] of mix.entries()) {
        // Each kind of search, once by each caller in turn.
        const caller: Caller = Math.floor(index / SEARCH_KINDS.length) % 2 === 0 ? "Administrateur" : "AA SOFFI";
        const token = await staffToken(context, caller === "Administrateur" ? administrator : aa);
        const mine = await timedJson(`${keycloakUrl}/realms/${realm}/efp-admin/users?${new URLSearchParams(query.ours)}`, token);
        const theirs = await timedJson(`${keycloakUrl}/admin/realms/${realm}/users?${new URLSearchParams(query.stock)}`, await stockToken());
        // The administrator's text searches find the people they name: a search that finds nothing is broken.
        const found = (mine.body as { total?: number }).total ?? 0;
        if (caller === "Administrateur" && ["courriel", "SIRET", "raison sociale"].includes(query.kind) && found < 1) {
          errors++;
          context.log(`Recherche : rien trouvé pour ${JSON.stringify(query.ours)}`);
        }
        if (index < sizes.warmup) continue;
        (ours[query.kind] ??= []).push(mine.ms);
        (stock[query.kind] ??= []).push(theirs.ms);
        byCaller[caller].push(mine.ms);
      }

      context.print(
        `  Recherche d'utilisateurs d'EFP ADMIN, ${sizes.users} comptes, ${rows} habilitations, ${sirets.length} établissements (importés à ${seedAccountsPerSecond.toFixed(0)} comptes/s), pages de ${PAGE}, une requête à la fois :`,
      );
      for (const kind of Object.keys(ours)) {
        context.print(`    ${`efp-admin/users, ${kind}`.padEnd(44)} ${figures(latencies(ours[kind]))}`);
        context.print(`    ${`admin/users stock, ${kind}`.padEnd(44)} ${figures(latencies(stock[kind]))}`);
      }
      const compared = compareWithStock(
        context,
        { ours: "efp-admin/users", stock: "admin/users stock, tout", figure: "recherche" },
        byCaller,
        Object.values(stock).flat(),
        ADMIN_SEARCH_TARGET_P95_MS,
      );
      return { operations: compared.operations, errors, figures: { "import comptes/s": seedAccountsPerSecond, ...compared.figures } };
    } finally {
      fs.rmSync(file, { force: true });
      if (context.cleanUp) {
        for (const user of await kc.users.find({ realm, search: prefix, max: sizes.users + 10 }))
          if (user.username?.startsWith(prefix)) await kc.users.del({ realm, id: user.id! });
        // Removing a company takes its habilitations with it (RemovalCleanup).
        for (const siret of sirets) {
          const [organization] = (await kc.organizations.find({ realm, search: siret })).filter((org) => org.alias === siret);
          if (organization?.id) await kc.organizations.delById({ realm, id: organization.id });
        }
      }
    }
  },
};
