// Speed a person feels, in a real browser (Debian's Chromium driven by playwright-core): the
// time from an action to a page they can use, each in a fresh browser context (an empty cache,
// as on a first visit), measured from Node around the browser's own events.
//
// - login page: from the application (the demo app's "Se connecter" button) to the login form
//   shown and usable; and the authorization request alone, against Keycloak's own login page
//   (theme keycloak.v2, stock browser flow, same realm and users, a client that overrides both),
//   in alternation: ratio;
// - Mon compte first render with an SSO cookie: from opening Mon compte to the list of the
//   person's applications; against Keycloak's own account console (master realm, its admin, to
//   their personal info form): ratio;
// - a gate search: typing a company name on the access gate and searching, to the results;
// - an approval in Mon compte: clicking "Accepter" on a pending request (a role ticked), to the
//   confirmation.
//
// Stock Keycloak has no gate and no approval: those two are absolute times.
import { connect, type EfpApi } from "@efp/provisioning";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { benchSiret } from "./access.js";
import { administratorApi } from "./directory.js";
import { codeFlowToken } from "./http-login.js";
import type { BenchContext, BenchOutcome, BenchPart } from "./part.js";
import { percentile } from "./stats.js";

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The time a person should wait at most on a quiet machine, for each step. */
export const BROWSER_TARGET_MS = 1000;

type Sizes = { rounds: number; warmup: number };

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

/** Fills our login form (CAPTCHA included) and submits it. */
async function submitOurLogin(page: Page, username: string, password: string, captcha: string) {
  await page.fill("#username", username);
  await page.fill("#password", password);
  await page.fill("[name=captcha_answer]", captcha);
  await page.click("#kc-login");
}

/** Keycloak's own login page (identifier first when the realm has organizations, then the password). */
async function submitStockLogin(page: Page, username: string, password: string) {
  await page.fill("#username", username);
  if ((await page.locator("#password").count()) === 0) {
    await page.click("#kc-login");
    await page.waitForSelector("#password");
  }
  await page.fill("#password", password);
  await page.click("#kc-login");
}

const usable = (page: Page, selector: string) => page.locator(selector).first().waitFor({ state: "visible", timeout: 30_000 });

function summary(values: number[]) {
  return { p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) };
}

export const browserPart: BenchPart<Sizes> = {
  name: "browser",
  sizes: {
    rounds: { env: "BENCH_BROWSER_ROUNDS", full: 10, tiny: 1 },
    // A fresh Keycloak compiles its hot paths during the first minutes: the measured rounds
    // start once a few rounds of the same work have run.
    warmup: { full: 5, tiny: 0 },
  },
  async run(context: BenchContext, sizes): Promise<BenchOutcome> {
    const { keycloakUrl, realm } = context;
    if (!context.demoAppUrl) throw new Error("la partie browser a besoin de l'application de démonstration (demoAppUrl)");
    const kc = await connect({ baseUrl: keycloakUrl, ...context.admin });
    const admin: EfpApi = await administratorApi(context);
    const prefix = `banc-${context.runId}-nav`;
    // Letters only: the directory matches whole words.
    const word = [...context.runId].map((char) => "BCDFGHJKLMNPQRSTVWXZ"[parseInt(char, 36) % 20]).join("");
    const company = { siret: benchSiret(parseInt(context.runId, 36) % 1e9), name: `BANC ${word} MESURES` };
    const stockClient = `${prefix}-stock`;
    const stockRedirect = "http://127.0.0.1:9/bench-stock";
    const created: { users: string[]; clients: string[] } = { users: [], clients: [] };
    const createUser = async (label: string) => {
      const username = `${prefix}-${label}@exemple.fr`;
      const { id } = await kc.users.create({
        realm,
        username,
        email: username,
        firstName: "Banc",
        lastName: label,
        enabled: true,
        emailVerified: true,
        credentials: [{ type: "password", value: context.password, temporary: false }],
      });
      created.users.push(id);
      return { id, username };
    };

    let browser: Browser | undefined;
    const times = {
      loginFromApp: [] as number[],
      loginOurs: [] as number[],
      loginStock: [] as number[],
      accountOurs: [] as number[],
      accountStock: [] as number[],
      gateSearch: [] as number[],
      approval: [] as number[],
    };
    let errors = 0;
    try {
      // The people: one with an application (Mon compte), one without (the gate), one access
      // manager with a pending request per round (the approval).
      await admin.request("POST", "directory/establishments", [
        { siret: company.siret, name: company.name, address: "1 RUE DU BANC", postalCode: "75011", city: "PARIS", active: true },
      ]);
      await admin.request("POST", "companies", { siret: company.siret, name: company.name, address: "1 RUE DU BANC 75011 PARIS" });
      const holder = await createUser("titulaire");
      await admin.request("POST", "habilitations", {
        user: holder.username,
        application: "soffi",
        company: company.siret,
        roles: ["gestionnaire"],
        accessManager: true,
      });
      // The access manager accepted the realm's charter already (the login would stop at it).
      const charter = (await kc.realms.findOne({ realm }))?.attributes?.["efp.charter.version"] as string | undefined;
      const holderUser = await kc.users.findOne({ realm, id: holder.id });
      await kc.users.update(
        { realm, id: holder.id },
        { ...holderUser, attributes: { ...holderUser?.attributes, ...(charter && { "efp.charter.accepted-version": [charter] }) } },
      );
      const newcomer = await createUser("nouveau");
      const flows = await kc.authenticationManagement.getFlows({ realm });
      const stockBrowser = flows.find((flow) => flow.alias === "browser");
      if (!stockBrowser) throw new Error("le flux browser de Keycloak est introuvable");
      const { id: stockId } = await kc.clients.create({
        realm,
        clientId: stockClient,
        publicClient: true,
        standardFlowEnabled: true,
        redirectUris: [stockRedirect],
        attributes: { login_theme: "keycloak.v2", "pkce.code.challenge.method": "" },
        authenticationFlowBindingOverrides: { browser: stockBrowser.id! },
      });
      created.clients.push(stockId);

      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
      const fresh = async (): Promise<BrowserContext> => browser!.newContext({ locale: "fr-FR" });
      const authorize = (clientId: string, redirectUri: string) =>
        `${keycloakUrl}/realms/${realm}/protocol/openid-connect/auth?${new URLSearchParams({
          client_id: clientId,
          redirect_uri: redirectUri,
          response_type: "code",
          scope: "openid",
          state: "bench",
          // SOFFI requires PKCE; the page is measured, the code never exchanged.
          code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
          code_challenge_method: "S256",
        })}`;
      const accountUrl = (base: string) => `${keycloakUrl}/realms/${base}/account/`;

      // One requester per round, warm-up rounds included.
      let requesters = 0;
      const round = async (record: boolean) => {
        const keep = (list: number[], value: number) => void (record && list.push(value));
        // 1. The login page from the application, then the authorization request alone, ours and stock's.
        {
          const page = await (await fresh()).newPage();
          await page.goto(context.demoAppUrl!);
          // The link is there before the clock starts: the time is the person's, from their click,
          // not the driver's checks before it (scrolling, two stable frames, hit target).
          const link = page.locator("#login");
          await link.waitFor({ state: "visible" });
          keep(
            times.loginFromApp,
            await timed(async () => {
              await link.dispatchEvent("click");
              await usable(page, "#kc-login:enabled");
            }),
          );
          await page.context().close();
        }
        for (const [list, clientId, redirect] of [
          [times.loginStock, stockClient, stockRedirect],
          [times.loginOurs, "soffi", `${context.demoAppUrl}/callback`],
        ] as const) {
          const page = await (await fresh()).newPage();
          keep(
            list,
            await timed(async () => {
              await page.goto(authorize(clientId, redirect));
              await usable(page, "#kc-login:enabled");
            }),
          );
          await page.context().close();
        }
        // 2. Mon compte with an SSO cookie (signed in first, in the same context), and Keycloak's own console.
        {
          const browserContext = await fresh();
          const page = await browserContext.newPage();
          await page.goto(accountUrl(realm));
          await submitOurLogin(page, holder.username, context.password, context.captchaAnswer);
          await usable(page, "#efp-applications");
          const again = await browserContext.newPage();
          keep(
            times.accountOurs,
            await timed(async () => {
              await again.goto(accountUrl(realm));
              await usable(again, "#efp-applications li");
            }),
          );
          await browserContext.close();
        }
        {
          const browserContext = await fresh();
          const page = await browserContext.newPage();
          await page.goto(accountUrl("master"));
          await submitStockLogin(page, context.admin.username, context.admin.password);
          await usable(page, "#email");
          const again = await browserContext.newPage();
          keep(
            times.accountStock,
            await timed(async () => {
              await again.goto(accountUrl("master"));
              await usable(again, "#email");
            }),
          );
          await browserContext.close();
        }
        // 3. A gate search: someone without access to SOFFI, signed in from the application.
        {
          const page = await (await fresh()).newPage();
          await page.goto(context.demoAppUrl!);
          await page.click("#login");
          await submitOurLogin(page, newcomer.username, context.password, context.captchaAnswer);
          await usable(page, "#query");
          await page.fill("#query", company.name);
          keep(
            times.gateSearch,
            await timed(async () => {
              await page.click("#efp-search");
              await usable(page, `[id="siret-${company.siret}"]`);
            }),
          );
          await page.context().close();
        }
        // 4. An approval: a new request, the access manager approves it in Mon compte.
        {
          const requester = await createUser(`demandeur-${++requesters}`);
          const { access_token } = await codeFlowToken({
            keycloakUrl,
            realm,
            clientId: "account-console",
            redirectUri: accountUrl(realm),
            username: requester.username,
            password: context.password,
            captchaAnswer: context.captchaAnswer,
          });
          await fetch(`${keycloakUrl}/realms/${realm}/efp-access/me/requests`, {
            method: "POST",
            headers: { Authorization: `Bearer ${access_token}`, "Content-Type": "application/json" },
            body: JSON.stringify({ application: "soffi", siret: company.siret, description: "banc" }),
          }).then((response) => {
            if (!response.ok) throw new Error(`demande d'accès refusée : ${response.status}`);
          });
          const page = await (await fresh()).newPage();
          await page.goto(`${accountUrl(realm)}?application=soffi&siret=${company.siret}#/acces/demandes`);
          await submitOurLogin(page, holder.username, context.password, context.captchaAnswer);
          const request = page.locator(`[data-email="${requester.username}"]`);
          await request.waitFor({ timeout: 30_000 });
          const id = await request.getAttribute("data-request");
          await page.click(`label[for="${await page.locator(`#efp-request-${id}-roles input[value=gestionnaire]`).getAttribute("id")}"]`);
          keep(
            times.approval,
            await timed(async () => {
              await page.click(`#efp-request-${id}-approve`);
              await page.waitForFunction((email) => document.querySelector(`[data-email="${email}"]`) === null, requester.username, { timeout: 30_000 });
            }),
          );
          await page.context().close();
        }
      };

      context.log(`Navigateur : ${sizes.warmup} + ${sizes.rounds} tours (chauffe + mesurés)`);
      for (let i = 0; i < sizes.warmup; i++) await round(false);
      for (let i = 0; i < sizes.rounds; i++) {
        try {
          await round(true);
        } catch (error) {
          errors++;
          context.log(`tour en erreur : ${(error as Error).message.split("\n")[0]}`);
        }
      }
    } finally {
      await browser?.close();
      if (context.cleanUp) {
        const again = await connect({ baseUrl: keycloakUrl, ...context.admin });
        for (const id of created.clients) await again.clients.del({ realm, id });
        for (const id of created.users) await again.users.del({ realm, id });
      }
    }

    const figures: Record<string, number> = {};
    const line = (label: string, name: string, values: number[]) => {
      if (values.length === 0) return;
      const s = summary(values);
      figures[`${name} p50 ms`] = s.p50;
      figures[`${name} max ms`] = s.max;
      context.print(`  ${label.padEnd(52)} p50 ${s.p50.toFixed(0).padStart(5)} ms   max ${s.max.toFixed(0).padStart(5)} ms   (${values.length})`);
    };
    line("page de connexion depuis l'application", "connexion depuis l'application", times.loginFromApp);
    line("page de connexion, requête d'autorisation (efp)", "connexion efp", times.loginOurs);
    line("page de connexion, requête d'autorisation (stock)", "connexion stock", times.loginStock);
    line("Mon compte, premier affichage avec SSO (efp)", "mon compte efp", times.accountOurs);
    line("console de compte de Keycloak avec SSO (stock)", "console stock", times.accountStock);
    line("recherche sur la page d'accès", "recherche porte", times.gateSearch);
    line("acceptation d'une demande dans Mon compte", "acceptation", times.approval);
    if (times.loginOurs.length && times.loginStock.length) {
      figures["ratio connexion efp/stock"] = summary(times.loginOurs).p50 / summary(times.loginStock).p50;
      context.print(`  ratio connexion efp / stock (p50) : ${figures["ratio connexion efp/stock"].toFixed(2)}`);
    }
    if (times.accountOurs.length && times.accountStock.length) {
      figures["ratio compte efp/stock"] = summary(times.accountOurs).p50 / summary(times.accountStock).p50;
      context.print(`  ratio Mon compte / console stock (p50) : ${figures["ratio compte efp/stock"].toFixed(2)}`);
    }
    const slow = Object.entries(figures).filter(([name, value]) => name.endsWith("p50 ms") && !name.includes("stock") && value > BROWSER_TARGET_MS);
    context.print(
      `  objectif : chaque étape sous ${BROWSER_TARGET_MS} ms (p50)${slow.length ? ` — au-dessus : ${slow.map(([name, value]) => `${name.replace(/ p50 ms$/, "")} ${Math.round(value)} ms`).join(", ")}` : " : atteint"}`,
    );
    return { operations: times.approval.length, errors, figures };
  },
};
