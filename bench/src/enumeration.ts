// No account enumeration, measured: the answer to "Je crée mon compte" with a new address and
// with the address of an existing account, and to "Mot de passe oublié" for a known and an
// unknown address, must take the same order of magnitude, or the time alone would tell who
// has an account. Over HTTP like a browser (cookies, the theme's pages, the CAPTCHA of the test
// provider); only the submit that reveals something is timed. Samples alternate between the
// two cases, one request at a time, so both see the same server state.
import { connect } from "@efp/provisioning";
import { captchaIdOf, CookieJar, kcContextString, pageIdOf } from "./http-login.js";
import type { BenchPart } from "./part.js";
import { percentile } from "./stats.js";

export interface EnumerationTarget {
  keycloakUrl: string;
  realm: string;
  /** A public client with the standard flow, redirecting to `redirectUri`. */
  clientId: string;
  redirectUri: string;
  captchaAnswer: string;
  /** A password the realm's policy accepts, for the registrations. */
  password: string;
}

/** The two cases of one comparison, timed alike. */
export interface Comparison {
  name: string;
  cases: [Case, Case];
}

export interface Case {
  name: string;
  latenciesMs: number[];
}

/** The slower median over the faster: 1 means the same; the threshold of concern is 10. */
export function medianRatio(comparison: Comparison): number {
  const [a, b] = comparison.cases.map((each) => percentile(each.latenciesMs, 50));
  return Math.max(a, b) / Math.min(a, b);
}

/** A browser at the login page: its cookies and the page. */
async function openLoginPage(target: EnumerationTarget): Promise<{ jar: CookieJar; html: string }> {
  const jar = new CookieJar();
  const authorize = new URL(`${target.keycloakUrl}/realms/${target.realm}/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({
    client_id: target.clientId,
    redirect_uri: target.redirectUri,
    response_type: "code",
    scope: "openid",
    state: "bench",
  }).toString();
  const response = await fetch(authorize, { redirect: "manual" });
  jar.store(response);
  return { jar, html: await response.text() };
}

// The theme's links may be relative to the server ("/realms/efp/login-actions/…").
async function follow(target: EnumerationTarget, jar: CookieJar, url: string | undefined, what: string): Promise<string> {
  if (!url) throw new Error(`pas de lien vers ${what}`);
  const response = await fetch(new URL(url, target.keycloakUrl), { redirect: "manual", headers: { Cookie: jar.header() } });
  jar.store(response);
  return response.text();
}

/** Posts a form of the flow and times it; the answer must be the validation-code page. */
async function timedSubmit(target: EnumerationTarget, jar: CookieJar, action: string | undefined, form: URLSearchParams): Promise<number> {
  if (!action) throw new Error("pas de formulaire à envoyer");
  const url = new URL(action, target.keycloakUrl);
  const started = performance.now();
  const response = await fetch(url, { method: "POST", body: form, redirect: "manual", headers: { Cookie: jar.header() } });
  const html = await response.text();
  const elapsed = performance.now() - started;
  jar.store(response);
  if (!pageIdOf(html)?.startsWith("efp-email-code")) {
    throw new Error(`page inattendue après l'envoi (HTTP ${response.status}, ${pageIdOf(html) ?? "pas de page"} : ${kcContextString(html, "summary") ?? ""})`);
  }
  return elapsed;
}

/** "Je crée mon compte" with `email`, up to the code page; returns the submit's duration. */
export async function timedRegistration(target: EnumerationTarget, email: string): Promise<number> {
  const { jar, html } = await openLoginPage(target);
  const page = await follow(target, jar, kcContextString(html, "registrationUrl"), "la création de compte");
  const form = new URLSearchParams({ email, firstName: "Banc", lastName: "Énumération", password: target.password, "password-confirm": target.password });
  const captchaId = captchaIdOf(page);
  if (captchaId) {
    form.set("captcha_id", captchaId);
    form.set("captcha_answer", target.captchaAnswer);
  }
  return timedSubmit(target, jar, kcContextString(page, "registrationAction"), form);
}

/** "Mot de passe oublié" for `email`, up to the code page; returns the submit's duration. */
export async function timedReset(target: EnumerationTarget, email: string): Promise<number> {
  const { jar, html } = await openLoginPage(target);
  const page = await follow(target, jar, kcContextString(html, "loginResetCredentialsUrl"), "mot de passe oublié");
  const form = new URLSearchParams({ username: email });
  const captchaId = captchaIdOf(page);
  if (captchaId) {
    form.set("captcha_id", captchaId);
    form.set("captcha_answer", target.captchaAnswer);
  }
  return timedSubmit(target, jar, kcContextString(page, "loginAction"), form);
}

/**
 * Times `samples` answers of each case, alternating which goes first, after `warmup` discarded
 * rounds (class loading, caches, the first hash of each kind).
 */
export async function compare(name: string, cases: [string, () => Promise<number>][], samples: number, warmup = 5): Promise<Comparison> {
  const latencies = cases.map(() => [] as number[]);
  for (let round = 0; round < warmup + samples; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const index of order) {
      const elapsed = await cases[index][1]();
      if (round >= warmup) latencies[index].push(elapsed);
    }
  }
  return {
    name,
    cases: [
      { name: cases[0][0], latenciesMs: latencies[0] },
      { name: cases[1][0], latenciesMs: latencies[1] },
    ],
  };
}

let counter = 0;
/** An address no account has, different at each call, starting with `prefix`. */
export const freshAddress = (prefix: string, kind: string) => `${prefix}-${kind}-${Date.now()}-${counter++}@exemple.fr`;

/** Both comparisons of the issue: registration (new / existing address), reset (known / unknown). */
export async function benchEnumeration(target: EnumerationTarget, existingEmail: string, samples: number, warmup = 5, prefix = "banc"): Promise<Comparison[]> {
  const registration = await compare(
    "création de compte",
    [
      ["adresse nouvelle", () => timedRegistration(target, freshAddress(prefix, "nouveau"))],
      ["adresse d'un compte existant", () => timedRegistration(target, existingEmail)],
    ],
    samples,
    warmup,
  );
  const reset = await compare(
    "mot de passe oublié",
    [
      ["adresse connue", () => timedReset(target, existingEmail)],
      ["adresse inconnue", () => timedReset(target, freshAddress(prefix, "inconnu"))],
    ],
    samples,
    warmup,
  );
  return [registration, reset];
}

export const enumerationPart: BenchPart<{ samples: number; warmup: number }> = {
  name: "enumeration",
  sizes: {
    samples: { env: "BENCH_ENUMERATION_SAMPLES", full: 40, tiny: 1 },
    warmup: { full: 5, tiny: 0 },
  },
  async run(context, sizes) {
    const { keycloakUrl, realm } = context;
    const kc = await connect({ baseUrl: keycloakUrl, ...context.admin });
    const prefix = `banc-${context.runId}`;
    const clientId = `${prefix}-enumeration`;
    const redirectUri = "http://127.0.0.1:9/bench";
    const client = await kc.clients.create({
      realm,
      clientId,
      publicClient: true,
      standardFlowEnabled: true,
      directAccessGrantsEnabled: false,
      redirectUris: [redirectUri],
    });
    const existing = `${prefix}-existant@exemple.fr`;
    await kc.users.create({
      realm,
      username: existing,
      email: existing,
      firstName: "Banc",
      lastName: "Existant",
      enabled: true,
      emailVerified: true,
      credentials: [{ type: "password", value: context.password, temporary: false }],
    });
    try {
      context.log(`Énumération : ${sizes.samples} envois par cas, un à la fois, les deux cas en alternance (après ${sizes.warmup} de chauffe)`);
      const comparisons = await benchEnumeration(
        { keycloakUrl, realm, clientId, redirectUri, captchaAnswer: context.captchaAnswer, password: context.password },
        existing,
        sizes.samples,
        sizes.warmup,
        prefix,
      );
      const figures: Record<string, number> = {};
      for (const comparison of comparisons) {
        for (const each of comparison.cases) {
          const p50 = percentile(each.latenciesMs, 50);
          const p90 = percentile(each.latenciesMs, 90);
          context.print(`  ${`${comparison.name}, ${each.name}`.padEnd(50)} p50 ${p50.toFixed(0).padStart(4)} ms   p90 ${p90.toFixed(0).padStart(4)} ms`);
          figures[`${comparison.name}, ${each.name}, p50 ms`] = p50;
          figures[`${comparison.name}, ${each.name}, p90 ms`] = p90;
        }
        const ratio = medianRatio(comparison);
        figures[`${comparison.name}, rapport des médianes`] = ratio;
        context.print(
          `  ${comparison.name} : rapport des médianes ${ratio.toFixed(2)} (${ratio < 3 ? "même ordre de grandeur" : ratio < 10 ? "écart notable" : "ÉCART D'UN ORDRE DE GRANDEUR"})`,
        );
      }
      // Every submit that was not answered with the code page threw: all the timed ones succeeded.
      const operations = comparisons.reduce((sum, comparison) => sum + comparison.cases.reduce((count, each) => count + each.latenciesMs.length, 0), 0);
      return { operations, errors: 0, figures };
    } finally {
      // The accounts this run created (the existing one, the registrations), and its client.
      if (context.cleanUp) {
        const admin = await connect({ baseUrl: keycloakUrl, ...context.admin });
        for (const user of await admin.users.find({ realm, search: prefix, max: 10_000 }))
          if (user.username?.startsWith(prefix)) await admin.users.del({ realm, id: user.id! });
        await admin.clients.del({ realm, id: client.id });
      }
    }
  },
};
