// A user's history in EFP ADMIN at scale (issue 15's benchmark: 1,000 entries, p95 ≤ 100 ms), on
// the bench's own stack. One person whose history is made by real actions: half of it audit
// entries (a habilitation on SOFFI granted, then its roles changed again and again through
// efp-admin, as `efp habilitations grant` does), half Keycloak's sign-in events (the person signs
// in to Mon compte, the first time with the login form, then again and again from the SSO
// session, each a LOGIN event in Keycloak's event store and a last login written by efp-last-login).
// Then pages of 20 anywhere in the timeline (GET efp-admin/users/{id}/history?first&max=20), as
// an Administrateur and as the Administrateur applicatif of SOFFI signed in as EFP ADMIN signs
// them in, alternated with stock Keycloak's events of the same person (GET admin/realms/{realm}/
// events?user&first&max=20, the same page depth within its own events: it has no audit entries,
// and reads one source where ours merges two). p50/p95/p99 of both and their ratio.
import crypto from "node:crypto";
import { connect } from "@efp/provisioning";
import { benchSiret } from "./access.js";
import { compareWithStock, createStaff, staffToken, stockAdminToken, timedJson } from "./admin-staff.js";
import { administratorApi } from "./directory.js";
import { codeFlowToken, CookieJar } from "./http-login.js";
import type { BenchContext, BenchPart } from "./part.js";
import { random } from "./synthetic-sirene.js";

export const ADMIN_HISTORY_TARGET_P95_MS = 100;
const PAGE = 20;

export const adminHistoryPart: BenchPart<{ entries: number; pages: number; warmup: number }> = {
  name: "admin-history",
  sizes: {
    entries: { env: "BENCH_HISTORY_ENTRIES", full: 1_000, tiny: 8 },
    pages: { env: "BENCH_HISTORY_PAGES", full: 300, tiny: 4 },
    warmup: { full: 20, tiny: 0 },
  },
  async run(context: BenchContext, sizes) {
    const { realm, keycloakUrl } = context;
    const prefix = `hist-${context.runId}`;
    const kc = await connect({ baseUrl: keycloakUrl, ...context.admin });
    const api = await administratorApi(context);
    const siret = benchSiret(500_000_000_000 + (crypto.createHash("sha256").update(prefix).digest().readUInt32BE(0) % 1_000_000_000));
    let companyCreated = false;
    let errors = 0;
    try {
      await api.request("POST", "companies", { kind: "company", siret, name: `BANC HISTORIQUE ${prefix}` });
      companyCreated = true;
      const username = `${prefix}-personne@exemple.fr`;
      const { id: personId } = await kc.users.create({
        realm,
        username,
        email: username,
        firstName: "Hector",
        lastName: "HISTOIRE",
        enabled: true,
        emailVerified: true,
        credentials: [{ type: "password", value: context.password, temporary: false }],
      });
      const audits = Math.ceil(sizes.entries / 2);
      const logins = sizes.entries - audits;

      // The audit entries: a grant, then changes of its roles.
      const seeded = performance.now();
      for (let index = 0; index < audits; index++)
        await api.request("POST", "habilitations", {
          user: username,
          application: "soffi",
          company: siret,
          roles: [index % 2 === 0 ? "consultation" : "gestionnaire"],
        });
      // The sign-in events: the form once, then the SSO session.
      const jar = new CookieJar();
      for (let index = 0; index < logins; index++)
        await codeFlowToken({
          keycloakUrl,
          realm,
          clientId: "account-console",
          redirectUri: `${keycloakUrl}/realms/${realm}/account/`,
          username,
          password: context.password,
          captchaAnswer: context.captchaAnswer,
          jar,
        });
      const stockToken = stockAdminToken(context, kc);
      const events = (
        await timedJson(
          `${keycloakUrl}/admin/realms/${realm}/events?${new URLSearchParams({ user: personId, max: String(sizes.entries * 2 + 10) })}`,
          await stockToken(),
        )
      ).body as unknown[];
      if (events.length < logins) throw new Error(`${events.length} événements de connexion enregistrés pour ${logins} connexions`);
      const total = audits + events.length;
      context.log(`Historique : ${audits} entrées d'audit et ${events.length} événements en ${((performance.now() - seeded) / 1000).toFixed(0)} s`);

      // Who reads it: an Administrateur and the AA of SOFFI (the person holds a SOFFI habilitation).
      const administrator = await createStaff(context, kc, `${prefix}-administrateur@exemple.fr`, { realm: ["efp-administrator"] });
      const aa = await createStaff(context, kc, `${prefix}-aa@exemple.fr`, { clients: { soffi: ["efp-application-admin"] } });

      const next = random(23);
      const ours: Record<string, number[]> = { Administrateur: [], "AA SOFFI": [] };
      const stock: number[] = [];
      const stockPages = Math.max(1, Math.floor(events.length / PAGE));
      for (let index = 0; index < sizes.pages + sizes.warmup; index++) {
        const page = Math.floor(next() * Math.ceil(total / PAGE));
        const first = page * PAGE;
        const who = index % 2 === 0 ? "Administrateur" : "AA SOFFI";
        const token = await staffToken(context, who === "Administrateur" ? administrator : aa);
        const mine = await timedJson(`${keycloakUrl}/realms/${realm}/efp-admin/users/${personId}/history?first=${first}&max=${PAGE}`, token);
        // Stock: the same depth in its own list of events.
        const stockFirst = (page % stockPages) * PAGE;
        const theirs = await timedJson(
          `${keycloakUrl}/admin/realms/${realm}/events?${new URLSearchParams({ user: personId, first: String(stockFirst), max: String(PAGE) })}`,
          await stockToken(),
        );
        // Both the audit entries (of no application or of SOFFI) and the sign-ins are visible to both callers: a full page.
        const items = (mine.body as { items?: unknown[] }).items ?? [];
        if (items.length !== Math.min(PAGE, total - first)) {
          errors++;
          context.log(`Historique : ${items.length} entrées à first=${first} pour ${who} (${total} en tout)`);
        }
        if (index < sizes.warmup) continue;
        ours[who].push(mine.ms);
        stock.push(theirs.ms);
      }
      context.print(
        `  Historique d'un utilisateur dans EFP ADMIN, ${total} entrées (${audits} d'audit, ${events.length} connexions), pages de ${PAGE} prises au hasard, une requête à la fois :`,
      );
      const compared = compareWithStock(
        context,
        { ours: "efp-admin/users/{id}/history", stock: `admin/events?user stock (${events.length} événements)`, figure: "historique" },
        ours,
        stock,
        ADMIN_HISTORY_TARGET_P95_MS,
      );
      return { operations: compared.operations, errors, figures: { "historique entrées": total, ...compared.figures } };
    } finally {
      if (context.cleanUp) {
        for (const user of await kc.users.find({ realm, search: prefix, max: 20 }))
          if (user.username?.startsWith(prefix)) await kc.users.del({ realm, id: user.id! });
        if (companyCreated) {
          const [organization] = (await kc.organizations.find({ realm, search: siret })).filter((org) => org.alias === siret);
          if (organization?.id) await kc.organizations.delById({ realm, id: organization.id });
        }
      }
    }
  },
};
