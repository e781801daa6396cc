// EFP ADMIN's CSV export of the user list at scale, on the bench's own stack: 100,000 accounts
// (created by partial import, a thousand at a time; some with a habilitation granted through
// efp-admin), exported as one file (GET efp-admin/exports/users, one row per habilitation,
// streamed), read as it arrives: rows per second and Keycloak's heap while it runs, sampled from
// the management port's metrics. Stock Keycloak doing the nearest work in the same run: reading
// the same accounts through its admin API, page after page (GET admin/realms/{realm}/users
// ?search&first&max), as a script exporting users would. The memory of the export must stay
// flat: the peak above the heap before it is reported for both, never asserted by time.
import { connect, EfpApi } from "@efp/provisioning";
import { benchSiret } from "./access.js";
import { administratorApi } from "./directory.js";
import type { BenchContext, BenchPart } from "./part.js";

/** Keycloak's heap in use now (bytes, every heap pool), from its Prometheus metrics; NaN if none. */
export function heapUsed(metrics: string): number {
  let total = 0;
  let found = false;
  for (const line of metrics.split("\n")) {
    if (!line.startsWith("jvm_memory_used_bytes{") || !/area="heap"/.test(line)) continue;
    const value = Number(line.slice(line.lastIndexOf(" ") + 1));
    if (Number.isFinite(value)) {
      total += value;
      found = true;
    }
  }
  return found ? total : NaN;
}

/** Samples the heap every `everyMs` until stopped: the peak seen. */
function heapSampler(managementUrl: string | undefined, everyMs = 200) {
  let peak = NaN;
  let running = true;
  const sample = async () => {
    if (!managementUrl) return;
    const used = heapUsed(await (await fetch(`${managementUrl}/metrics`)).text());
    if (Number.isFinite(used)) peak = Number.isFinite(peak) ? Math.max(peak, used) : used;
  };
  const loop = (async () => {
    while (running) {
      await sample().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await sample().catch(() => undefined);
      return peak;
    },
  };
}

async function heapNow(managementUrl: string | undefined): Promise<number> {
  if (!managementUrl) return NaN;
  return heapUsed(await (await fetch(`${managementUrl}/metrics`)).text());
}

/** Reads a streamed answer to its end: bytes and lines (a CSV's rows, header included). */
async function drain(response: Response): Promise<{ bytes: number; lines: number }> {
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (const byte of chunk) if (byte === 10) lines++;
  }
  return { bytes, lines };
}

export const adminExportPart: BenchPart<{ users: number; habilitations: number; stockPage: number }> = {
  name: "admin-export",
  sizes: {
    users: { env: "BENCH_EXPORT_USERS", full: 100_000, tiny: 20 },
    habilitations: { env: "BENCH_EXPORT_HABILITATIONS", full: 2_000, tiny: 4 },
    stockPage: { full: 500, tiny: 7 },
  },
  async run(context: BenchContext, sizes) {
    const { keycloakUrl, realm } = context;
    const kc = await connect({ baseUrl: keycloakUrl, ...context.admin });
    const api: EfpApi = await administratorApi(context);
    const prefix = `exp${context.runId}`;
    const siret = benchSiret(900_000 + (parseInt(context.runId.replace(/\D/g, "").slice(0, 5) || "0", 10) % 90_000));
    let companyCreated = false;
    try {
      // The accounts, a thousand per partial import (no password: nobody signs in).
      const seeded = performance.now();
      for (let index = 0; index < sizes.users; index += 1000) {
        const count = Math.min(1000, sizes.users - index);
        await kc.realms.partialImport({
          realm,
          rep: {
            ifResourceExists: "SKIP",
            users: Array.from({ length: count }, (_, offset) => {
              const n = String(index + offset).padStart(6, "0");
              return { username: `${prefix}-${n}@exemple.fr`, email: `${prefix}-${n}@exemple.fr`, firstName: `Prénom${n}`, lastName: `NOM${n}`, enabled: true };
            }),
          },
        });
        if ((index + count) % 10_000 === 0) context.log(`Export : ${index + count} comptes créés`);
      }
      const seedSeconds = (performance.now() - seeded) / 1000;
      await api.request("POST", "companies", { kind: "company", siret, name: `BANC EXPORT ${prefix}` }).catch((error: Error) => {
        if (!/existe/.test(error.message)) throw error;
      });
      companyCreated = true;
      const step = Math.max(1, Math.floor(sizes.users / Math.max(1, sizes.habilitations)));
      for (let n = 0, granted = 0; n < sizes.users && granted < sizes.habilitations; n += step, granted++)
        await api.request("POST", "habilitations", {
          user: `${prefix}-${String(n).padStart(6, "0")}@exemple.fr`,
          application: "soffi",
          company: siret,
          roles: ["consultation"],
        });
      context.log(`Export : ${sizes.users} comptes en ${seedSeconds.toFixed(0)} s, ${sizes.habilitations} habilitations`);

      // Ours: the whole list in one streamed file.
      const managementUrl = context.managementUrl;
      const oursBaseline = await heapNow(managementUrl);
      const oursSampler = heapSampler(managementUrl);
      const oursStarted = performance.now();
      const file = await drain(await api.download("exports/users", { q: prefix, sort: "email" }));
      const oursSeconds = (performance.now() - oursStarted) / 1000;
      const oursPeak = await oursSampler.stop();
      const rows = file.lines - 1;
      if (rows !== sizes.users) throw new Error(`export : ${rows} lignes pour ${sizes.users} comptes`);

      // Stock: the same accounts, page after page of Keycloak's admin API.
      const stockBaseline = await heapNow(managementUrl);
      const stockSampler = heapSampler(managementUrl);
      const stockStarted = performance.now();
      let read = 0;
      let pages = 0;
      for (let first = 0; ; first += sizes.stockPage) {
        const page = await kc.users.find({ realm, search: prefix, first, max: sizes.stockPage, briefRepresentation: false });
        read += page.length;
        pages++;
        if (page.length < sizes.stockPage) break;
      }
      const stockSeconds = (performance.now() - stockStarted) / 1000;
      const stockPeak = await stockSampler.stop();
      if (read !== sizes.users) throw new Error(`stock : ${read} comptes lus pour ${sizes.users}`);

      const mb = (bytes: number) => bytes / 1024 / 1024;
      const oursRate = rows / oursSeconds;
      const stockRate = read / stockSeconds;
      context.print(`  Export CSV de la liste des utilisateurs, ${sizes.users} comptes (${sizes.habilitations} avec une habilitation) :`);
      context.print(
        `    efp-admin exports/users (un fichier, en flux)   ${oursRate.toFixed(0).padStart(8)} lignes/s   ${(file.bytes / 1024).toFixed(0)} ko en ${oursSeconds.toFixed(1)} s`,
      );
      context.print(
        `    admin/users stock (pages de ${sizes.stockPage})`.padEnd(51) +
          `${stockRate.toFixed(0).padStart(8)} comptes/s   ${pages} pages en ${stockSeconds.toFixed(1)} s`,
      );
      context.print(`    rapport efp / stock : ${(oursRate / stockRate).toFixed(2)}`);
      const figures: Record<string, number> = { "export lignes/s": oursRate, "stock comptes/s": stockRate, "rapport efp/stock": oursRate / stockRate };
      if (Number.isFinite(oursPeak) && Number.isFinite(oursBaseline) && Number.isFinite(stockPeak) && Number.isFinite(stockBaseline)) {
        context.print(
          `    tas de Keycloak : export ${mb(oursBaseline).toFixed(0)} → pic ${mb(oursPeak).toFixed(0)} Mo (+${mb(Math.max(0, oursPeak - oursBaseline)).toFixed(0)}), stock ${mb(stockBaseline).toFixed(0)} → pic ${mb(stockPeak).toFixed(0)} Mo (+${mb(Math.max(0, stockPeak - stockBaseline)).toFixed(0)})`,
        );
        figures["tas pic export Mo"] = mb(oursPeak);
        figures["tas hausse export Mo"] = mb(Math.max(0, oursPeak - oursBaseline));
        figures["tas pic stock Mo"] = mb(stockPeak);
        figures["tas hausse stock Mo"] = mb(Math.max(0, stockPeak - stockBaseline));
      } else context.print("    tas de Keycloak : métriques du port de gestion absentes");
      return { operations: 2, errors: 0, figures };
    } finally {
      if (context.cleanUp) {
        if (companyCreated) {
          const organization = (await kc.organizations.find({ realm, search: siret })).find((org) => org.alias === siret);
          if (organization?.id) await kc.organizations.delById({ realm, id: organization.id });
        }
        for (const user of await kc.users.find({ realm, search: prefix, max: sizes.users + 10 }))
          if (user.username?.startsWith(prefix)) await kc.users.del({ realm, id: user.id! });
      }
    }
  },
};
