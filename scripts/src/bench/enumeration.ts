// No account enumeration, measured: the answer to "Je crée mon compte" with a new address and
// with the address of an existing account, and to "Mot de passe oublié" for a known and an
// unknown address, must take the same order of magnitude, or the time alone would tell who
// has an account. Over HTTP like a browser (cookies, the theme's pages, the CAPTCHA of the test
// provider); only the submit that reveals something is timed. Samples alternate between the
// two cases, one request at a time, so both see the same server state.
import { captchaIdOf, CookieJar, kcContextString, pageIdOf } from "./http-login.js";
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
  authorize.search = new URLSearchParams({ client_id: target.clientId, redirect_uri: target.redirectUri, response_type: "code", scope: "openid", state: "bench" }).toString();
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
  return { name, cases: [{ name: cases[0][0], latenciesMs: latencies[0] }, { name: cases[1][0], latenciesMs: latencies[1] }] };
}

let counter = 0;
/** An address no account has, different at each call. */
export const freshAddress = (kind: string) => `banc-${kind}-${Date.now()}-${counter++}@exemple.fr`;

/** Both comparisons of the issue: registration (new / existing address), reset (known / unknown). */
export async function benchEnumeration(target: EnumerationTarget, existingEmail: string, samples: number): Promise<Comparison[]> {
  const registration = await compare(
    "création de compte",
    [
      ["adresse nouvelle", () => timedRegistration(target, freshAddress("nouveau"))],
      ["adresse d'un compte existant", () => timedRegistration(target, existingEmail)],
    ],
    samples,
  );
  const reset = await compare(
    "mot de passe oublié",
    [
      ["adresse connue", () => timedReset(target, existingEmail)],
      ["adresse inconnue", () => timedReset(target, freshAddress("inconnu"))],
    ],
    samples,
  );
  return [registration, reset];
}
