// The CAPTCHA of the login form, in Chromium against the real flow (efp-browser), with the
// test-only `fixed` provider: its answer is known, everything else is the production path.
import type { Page } from "playwright-core";
import { adminClient } from "../support/admin.js";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { CookieJar, captchaIdOf, kcContextString } from "../../bench/src/http-login.js";
import { FIXED_CAPTCHA_ANSWER, submitLogin, waitForAccessGate } from "../support/login-page.js";
import { CAPTCHA_PROVIDER_ATTRIBUTE, withRealmAttributes } from "../support/realm-attributes.js";
import { NEW_PASSWORD, openForgottenPassword, openRegistration, uniqueEmail } from "../support/registration.js";
import { createUser, findUser } from "../support/users.js";

const freshPage = useFreshPage();

async function openLoginPage(page: Page) {
  await page.goto(testContext().demoAppUrl);
  await page.click("#login");
  await page.waitForSelector("[name=captcha_answer]");
}

async function failuresOf(email: string): Promise<number> {
  const kc = await adminClient();
  const { realm } = testContext();
  const [user] = await kc.users.find({ realm, username: email, exact: true });
  const status = await kc.attackDetection.findOne({ realm, id: user.id! });
  return Number(status?.numFailures ?? 0);
}

async function clearFailures() {
  const kc = await adminClient();
  await kc.attackDetection.delAll({ realm: testContext().realm });
}

beforeEach(clearFailures);
afterAll(clearFailures);

/**
 * Waits for the page that answers a submit: rendered in the browser like every page of the
 * theme, it carries a challenge other than `spent`.
 */
async function waitForNewChallenge(page: Page, spent: string) {
  await page.waitForFunction((old) => {
    const id = document.querySelector<HTMLInputElement>("[name=captcha_id]")?.value;
    return Boolean(id) && id !== old;
  }, spent);
}

/** What the page tells after a rejected submit: the alert and every field error. */
async function rejectionShown(page: Page): Promise<string> {
  const texts = await page.locator("#kc-message, .fr-error-text, .fr-message--error").allInnerTexts();
  return texts
    .map((text) => text.trim())
    .filter(Boolean)
    .join(" | ");
}

test("the page shows an image and a French audio version of the code, served by Keycloak", async () => {
  const page = freshPage();
  await openLoginPage(page);
  const { keycloakUrl } = testContext();
  const image = page.locator("img[src*='/efp-captcha/']");
  const imageUrl = await image.getAttribute("src");
  expect(imageUrl).toMatch(new RegExp(`^${keycloakUrl}/realms/efp/efp-captcha/[^/]+/image$`));
  expect(await image.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBe(240);

  const audioUrl = await page
    .locator("[src*='/efp-captcha/'][src$='/audio'], a[href$='/audio']")
    .first()
    .evaluate((node) => node.getAttribute("src") ?? node.getAttribute("href"));
  const audio = await fetch(audioUrl!);
  expect(audio.headers.get("content-type")).toMatch(/^audio\//);
  expect(audio.headers.get("cache-control")).toContain("no-store");
  expect((await audio.arrayBuffer()).byteLength).toBeGreaterThan(8_000);
  // Chromium decodes it: a real, playable file of a few seconds.
  const duration = await page.evaluate(async (src) => {
    const element = new Audio(src);
    await new Promise((resolve, reject) => {
      element.onloadedmetadata = resolve;
      element.onerror = () => reject(new Error("audio non décodable"));
    });
    return element.duration;
  }, audioUrl!);
  expect(duration).toBeGreaterThan(1.5);
});

test("a wrong CAPTCHA is refused, is not counted against the account and does not reveal the password was right", async () => {
  const page = freshPage();
  const { user, demoAppUrl } = testContext();
  await openLoginPage(page);
  await submitLogin(page, { email: user.email, password: user.password, captcha: "FAUX99" });
  await page.waitForSelector("[name=captcha_answer]");
  const withRightPassword = await rejectionShown(page);
  expect(withRightPassword).toMatch(/code de sécurité/i);
  expect(new URL(page.url()).origin).not.toBe(new URL(demoAppUrl).origin);
  expect(await page.inputValue("#username")).toBe(user.email);
  expect(await page.inputValue("#password")).toBe("");

  await submitLogin(page, { email: user.email, password: "pas-le-bon-mot-de-passe", captcha: "FAUX99" });
  await page.waitForSelector("[name=captcha_answer]");
  expect(await rejectionShown(page)).toBe(withRightPassword);
  // A wrong CAPTCHA proves nothing about the account typed beside it.
  expect(await failuresOf(user.email)).toBe(0);
});

test("a CAPTCHA answer cannot be replayed", async () => {
  const page = freshPage();
  const { user, demoAppUrl } = testContext();
  await openLoginPage(page);
  const firstChallenge = await page.inputValue("[name=captcha_id]");
  // Right CAPTCHA, wrong password: the challenge is spent.
  await submitLogin(page, { email: user.email, password: "pas-le-bon-mot-de-passe" });
  await page.waitForSelector("[name=captcha_answer]");
  expect(await page.inputValue("[name=captcha_id]")).not.toBe(firstChallenge);
  expect((await fetch(`${testContext().keycloakUrl}/realms/efp/efp-captcha/${firstChallenge}/image`)).status).toBe(404);

  // Same answer on the spent challenge, with the right password this time. Submitted by the
  // form itself, with no script of the page in between to rewrite the field.
  await page.fill("#username", user.email);
  await page.fill("#password", user.password);
  await page.fill("[name=captcha_answer]", FIXED_CAPTCHA_ANSWER);
  await page.evaluate((id) => {
    const form = document.querySelector<HTMLFormElement>("#kc-form-login")!;
    form.querySelector<HTMLInputElement>("[name=captcha_id]")!.value = id;
    form.submit();
  }, firstChallenge);
  await page.waitForLoadState("load");
  await page.waitForSelector("[name=captcha_answer]");
  expect(await rejectionShown(page)).toMatch(/code de sécurité/i);
  expect(new URL(page.url()).origin).not.toBe(new URL(demoAppUrl).origin);
});

test("an expired CAPTCHA answer is refused, even with the right password", async () => {
  // fixed-expiring (test jar only): the fixed answer, challenges that live 3 s. Only this test
  // uses it; the realm gets its provider back whatever happens.
  await withRealmAttributes({ [CAPTCHA_PROVIDER_ATTRIBUTE]: "fixed-expiring" }, async () => {
    const page = freshPage();
    const { user, demoAppUrl, keycloakUrl } = testContext();
    await openLoginPage(page);
    const challenge = await page.inputValue("[name=captcha_id]");
    await page.fill("#username", user.email);
    await page.fill("#password", user.password);
    await page.fill("[name=captcha_answer]", FIXED_CAPTCHA_ANSWER);
    await new Promise((resolve) => setTimeout(resolve, 4_500));
    expect((await fetch(`${keycloakUrl}/realms/efp/efp-captcha/${challenge}/image`)).status).toBe(404);
    await page.click("#kc-login");
    await waitForNewChallenge(page, challenge);
    expect(await rejectionShown(page)).toMatch(/code de sécurité est incorrect ou a expiré/i);
    expect(new URL(page.url()).origin).not.toBe(new URL(demoAppUrl).origin);
    expect(await failuresOf(user.email)).toBe(0);
  });
});

test("'Afficher un nouveau code' gives a new challenge and keeps the typed email", async () => {
  const page = freshPage();
  const { user } = testContext();
  await openLoginPage(page);
  const before = await page.inputValue("[name=captcha_id]");
  await page.fill("#username", user.email);
  await page.click("#captcha-refresh");
  await page.waitForSelector("[name=captcha_answer]");
  expect(await page.inputValue("[name=captcha_id]")).not.toBe(before);
  expect(await page.inputValue("#username")).toBe(user.email);
  expect(await rejectionShown(page)).toBe("");
  expect(await failuresOf(user.email)).toBe(0);
});

/** Clicks "Afficher un nouveau code" and waits for the page with another challenge. */
async function refreshCaptcha(page: Page): Promise<string> {
  const before = await page.inputValue("[name=captcha_id]");
  await page.click("#captcha-refresh");
  await waitForNewChallenge(page, before);
  return page.inputValue("[name=captcha_id]");
}

test("'Afficher un nouveau code' on the account-creation page: no error for fields not filled yet, entries kept, the new code works", async () => {
  const page = freshPage();
  const email = uniqueEmail("nouveau-code");
  await openRegistration(page);
  await page.fill("[name=email]", email);
  await page.fill("[name=firstName]", "Agathe");
  await refreshCaptcha(page);
  expect(await rejectionShown(page)).toBe("");
  expect(await page.title()).not.toMatch(/^Erreur/);
  expect(await page.inputValue("[name=email]")).toBe(email);
  expect(await page.inputValue("[name=firstName]")).toBe("Agathe");
  expect(await findUser(email)).toBeUndefined();

  await page.fill("[name=lastName]", "Nouvelle");
  await page.fill("[name=password]", NEW_PASSWORD);
  await page.fill("[name=password-confirm]", NEW_PASSWORD);
  await page.fill("[name=captcha_answer]", FIXED_CAPTCHA_ANSWER);
  await page.click("#kc-submit");
  await page.waitForSelector("[name=code]");
  expect(await findUser(email)).toBeDefined();
});

test("'Afficher un nouveau code' and a wrong code on the forgotten-password page keep the address; the new code works", async () => {
  const page = freshPage();
  const { email } = testContext().user;
  await openForgottenPassword(page);
  await page.fill("[name=username]", email);
  await refreshCaptcha(page);
  expect(await rejectionShown(page)).toBe("");
  expect(await page.inputValue("[name=username]")).toBe(email);

  const challenge = await page.inputValue("[name=captcha_id]");
  await page.fill("[name=captcha_answer]", "FAUX99");
  await page.click("#kc-submit");
  await waitForNewChallenge(page, challenge);
  expect(await rejectionShown(page)).toMatch(/code de sécurité est incorrect/i);
  expect(await page.inputValue("[name=username]")).toBe(email);
  await page.fill("[name=captcha_answer]", FIXED_CAPTCHA_ANSWER);
  await page.click("#kc-submit");
  await page.waitForSelector("[name=code]");
});

test("the right CAPTCHA and password log in", async () => {
  const page = freshPage();
  const { user, demoAppUrl } = testContext();
  await openLoginPage(page);
  await submitLogin(page, { ...user, captcha: FIXED_CAPTCHA_ANSWER.toLowerCase() });
  await page.waitForURL(`${demoAppUrl}/`);
});

// Wrong CAPTCHAs are throttled per login session and per client address, never counted
// against the typed account (CaptchaCheck, CaptchaThrottle).

const SESSION_LIMIT = "efp.captcha.maxFailuresPerSession";
const ADDRESS_LIMIT = "efp.captcha.maxFailuresPerAddress";
const ADDRESS_WINDOW = "efp.captcha.addressWindowSeconds";
const SESSION_THROTTLED =
  "Trop de codes de sécurité erronés. Pour votre sécurité, cette page n'accepte plus de code : recommencez depuis le service numérique auquel vous souhaitez accéder.";

test("five wrong CAPTCHAs with a known address do not lock it: the session stops accepting codes, a new one logs in", async () => {
  const email = uniqueEmail("verrou-captcha");
  await createUser(email);
  const { demoAppUrl, user } = testContext();
  const page = freshPage();
  await openLoginPage(page);
  for (let attempt = 1; attempt <= 5; attempt++) {
    const challenge = await page.inputValue("[name=captcha_id]");
    await submitLogin(page, { email, password: "pas-le-bon-mot-de-passe", captcha: "FAUX99" });
    await waitForNewChallenge(page, challenge);
    expect(await rejectionShown(page)).toMatch(/code de sécurité est incorrect/i);
  }
  expect(await failuresOf(email)).toBe(0);

  // The sixth post of this session is refused unchecked, even with the right code and password.
  const challenge = await page.inputValue("[name=captcha_id]");
  await submitLogin(page, { email, password: user.password });
  await waitForNewChallenge(page, challenge);
  expect(await rejectionShown(page)).toBe(SESSION_THROTTLED);
  expect(new URL(page.url()).origin).not.toBe(new URL(demoAppUrl).origin);
  expect(await failuresOf(email)).toBe(0);

  // The account is not locked: a new login session gets in at once.
  const again = await freshPage.another();
  await openLoginPage(again);
  await submitLogin(again, { email, password: user.password });
  await waitForAccessGate(again);
});

/** A login page over HTTP in a session of its own: its cookies, form action and challenge. */
async function httpLoginPage() {
  const { keycloakUrl, realm, demoAppUrl } = testContext();
  const jar = new CookieJar();
  const authorize = new URL(`${keycloakUrl}/realms/${realm}/protocol/openid-connect/auth`);
  // SOFFI requires PKCE; the code is never exchanged here, so any challenge will do.
  const pkce = { code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", code_challenge_method: "S256" };
  authorize.search = new URLSearchParams({
    client_id: "soffi",
    redirect_uri: `${demoAppUrl}/callback`,
    response_type: "code",
    scope: "openid",
    state: "captcha",
    ...pkce,
  }).toString();
  const response = await fetch(authorize, { redirect: "manual" });
  jar.store(response);
  const html = await response.text();
  const action = kcContextString(html, "loginAction");
  const captchaId = captchaIdOf(html);
  if (!action || !captchaId) throw new Error(`pas de formulaire de connexion avec CAPTCHA (HTTP ${response.status})`);
  return { jar, action, captchaId };
}

/** Posts the login form of `session` with the given challenge id and answer. */
async function httpPostLogin(
  session: Awaited<ReturnType<typeof httpLoginPage>>,
  fields: { email: string; password: string; captchaId: string; answer: string },
) {
  const body = new URLSearchParams({
    username: fields.email,
    password: fields.password,
    credentialId: "",
    captcha_id: fields.captchaId,
    captcha_answer: fields.answer,
  });
  const response = await fetch(session.action, { method: "POST", body, redirect: "manual", headers: { Cookie: session.jar.header() } });
  return { status: response.status, location: response.headers.get("location") ?? "", html: await response.text() };
}

test("a CAPTCHA is bound to the login session that showed it: solved in another session, it is refused", async () => {
  const { user, demoAppUrl } = testContext();
  const first = await httpLoginPage();
  const second = await httpLoginPage();
  // The first session's challenge, right answer and right password, posted in the second session.
  const stolen = await httpPostLogin(second, { email: user.email, password: user.password, captchaId: first.captchaId, answer: FIXED_CAPTCHA_ANSWER });
  expect(stolen.status).toBe(200);
  expect(stolen.location).toBe("");
  expect(kcContextString(stolen.html, "summary")).toMatch(/code de sécurité est incorrect/i);
  // In its own session the same challenge still works: only the session made the difference.
  const own = await httpPostLogin(first, { email: user.email, password: user.password, captchaId: first.captchaId, answer: FIXED_CAPTCHA_ANSWER });
  expect(own.status).toBe(302);
  expect(own.location.startsWith(`${demoAppUrl}/callback`)).toBe(true);
  expect(await failuresOf(user.email)).toBe(0);
});

test("wrong CAPTCHAs from one address, spread over sessions, are throttled for the address", async () => {
  const { user, demoAppUrl } = testContext();
  // A window length of its own: its counts never meet those of other tests, which run from the same address.
  const window = String(3_000 + Math.floor(Math.random() * 500));
  await withRealmAttributes({ [ADDRESS_LIMIT]: "3", [ADDRESS_WINDOW]: window, [SESSION_LIMIT]: "10" }, async () => {
    for (let attempt = 1; attempt <= 3; attempt++) {
      const session = await httpLoginPage();
      const wrong = await httpPostLogin(session, { email: user.email, password: user.password, captchaId: session.captchaId, answer: "FAUX99" });
      expect(kcContextString(wrong.html, "summary")).toMatch(/code de sécurité est incorrect/i);
    }
    const session = await httpLoginPage();
    const refused = await httpPostLogin(session, { email: user.email, password: user.password, captchaId: session.captchaId, answer: FIXED_CAPTCHA_ANSWER });
    expect(refused.status).toBe(200);
    expect(kcContextString(refused.html, "summary")).toMatch(
      /^Trop de codes de sécurité erronés ont été saisis depuis votre réseau\. Pour votre sécurité, réessayez dans \d+ minutes?\.$/,
    );
  });
  expect(await failuresOf(user.email)).toBe(0);
  // The realm's own limits again: the same address logs in.
  const session = await httpLoginPage();
  const accepted = await httpPostLogin(session, { email: user.email, password: user.password, captchaId: session.captchaId, answer: FIXED_CAPTCHA_ANSWER });
  expect(accepted.status).toBe(302);
  expect(accepted.location.startsWith(`${demoAppUrl}/callback`)).toBe(true);
});
