// `efp login` as a person lives it: the CLI (a child process) prints a link and a code, the person
// opens the link in Chromium, signs in on our DSFR page with the keyboard alone, allows the CLI on
// our consent page and lands on the "connected" page; the CLI then exits 0 with a session. Also
// the link without the code (the code page: a wrong code, then the right one) and "Refuser" (the
// CLI exits 4). Every page of the way: French, no serious axe violation, usable at 375 px wide.
// Screenshots go to /tmp/efp-login-*.png.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { seriousViolations } from "../support/axe.js";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { createPerson, PERSON_PASSWORD } from "../support/efp-admin.js";
import { FIXED_CAPTCHA_ANSWER, submitLogin } from "../support/login-page.js";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const freshPage = useFreshPage();
// A sign-in, then the CLI's polling (every 5 s), on a busy machine.
const TIMEOUT = 240_000;

interface RunningLogin {
  link: string;
  userCode: string;
  configDir: string;
  /** The CLI's exit code and output, once it ended. */
  ended: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** Starts `efp login` with a configuration directory of its own; resolves once it printed the link. */
async function startEfpLogin(): Promise<RunningLogin> {
  const context = testContext();
  const configDir = fs.mkdtempSync(path.join(os.tmpdir(), "efp-login-e2e-"));
  const child = spawn(process.execPath, [path.join(ROOT, "provisioning", "bin", "efp.js"), "login"], {
    env: { ...process.env, KEYCLOAK_URL: context.keycloakUrl, EFP_REALM: context.realm, EFP_CONFIG_DIR: configDir, EFP_CLIENT_SECRET: "", EFP_TOKEN: "" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const ended = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, stdout, stderr })),
  );
  const printed = await new Promise<{ link: string; userCode: string }>((resolve, reject) => {
    const look = () => {
      const link = /(https?:\/\/\S+\/device\?user_code=\S+)/.exec(stderr)?.[1];
      const userCode = /Code à vérifier : ([A-Z]{4}-[A-Z]{4})/.exec(stderr)?.[1];
      if (link && userCode) resolve({ link, userCode });
    };
    child.stderr.on("data", look);
    void ended.then(({ code }) => reject(new Error(`efp login a fini (${code}) sans lien : ${stderr}`)));
  });
  return { ...printed, configDir, ended };
}

/** Waits until the browser shows the theme page `pageId`, rendered (its H1 is there). */
async function waitForThemePage(page: Page, pageId: string) {
  await page.waitForFunction(
    (id) => (window as unknown as { kcContext?: { pageId?: string } }).kcContext?.pageId === id && document.querySelector("h1#kc-page-title") !== null,
    pageId,
    { timeout: 30_000 },
  );
}

/**
 * What every page of the way must be: French only, no serious or critical axe violation, nothing
 * wider than a 375 px screen. Saves a full-page screenshot for a human to look at.
 */
async function checkPage(page: Page, name: string) {
  expect(await page.locator("html").getAttribute("lang")).toBe("fr");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `/tmp/efp-login-${name}.png`, fullPage: true });
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");
const focusedName = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? "");

/** Presses Tab until `matches` says the focused element is the one wanted (keyboard-only paths). */
async function tabUntil(page: Page, matches: () => Promise<boolean>, what: string) {
  for (let presses = 0; presses < 40; presses++) {
    if (await matches()) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${what} jamais atteint avec Tab`);
}

/** Our login page, filled and sent with the keyboard alone (Tab, typing, Enter). */
async function signInWithKeyboard(page: Page, email: string) {
  await page.waitForSelector("#username");
  await tabUntil(page, async () => (await focusedId(page)) === "username", "l'identifiant");
  await page.keyboard.type(email);
  await tabUntil(page, async () => (await focusedId(page)) === "password", "le mot de passe");
  await page.keyboard.type(PERSON_PASSWORD);
  await tabUntil(page, async () => (await focusedName(page)) === "captcha_answer", "le code de sécurité");
  await page.keyboard.type(FIXED_CAPTCHA_ANSWER);
  await page.keyboard.press("Enter");
}

/** The consent page as Keycloak needs it and as the person reads it. */
async function checkConsentPage(page: Page) {
  await waitForThemePage(page, "login-oauth-grant.ftl");
  expect(await page.locator("h1").innerText()).toBe("Autoriser la CLI efp à agir en votre nom ?");
  const scopes = await page.locator("#efp-grant-scopes li").allInnerTexts();
  // What it may do in the person's name first, then what it may know.
  expect(scopes.slice(0, 2)).toEqual(["gérer les accès en votre nom", "administrer EFP Connect dans la limite de vos droits"]);
  expect(scopes.slice(2).sort()).toEqual(["connaître vos nom, prénom et identifiant", "connaître vos rôles", "connaître votre adresse électronique"]);
  // Nothing of Keycloak's English, nor a raw message key, among them.
  for (const scope of scopes) expect(scope).not.toMatch(/\$\{|ScopeConsentText|^efp-|User profile|Email address/);
  expect(await page.locator("#efp-grant-warning").innerText()).toContain("efp login");
  // What Keycloak reads: the code, and the name of the button pressed.
  const form = page.locator(`form[method="post"]:has(input[type=hidden][name=code])`);
  expect(await form.locator("button[type=submit][name=accept]").innerText()).toBe("Autoriser");
  expect(await form.locator("button[type=submit][name=cancel]").innerText()).toBe("Refuser");
}

async function checkConnectedPage(page: Page) {
  await waitForThemePage(page, "info.ftl");
  expect(await page.locator("h1").innerText()).toBe("La CLI efp est connectée");
  expect(await page.locator("#kc-info-message").innerText()).toContain("Vous pouvez fermer cette fenêtre et revenir à votre terminal.");
  // Nowhere to go from here: Keycloak says skip the link.
  expect(await page.locator("#kc-info-link").count()).toBe(0);
}

async function expectConnected(login: RunningLogin) {
  const { code, stdout, stderr } = await login.ended;
  expect([code, stdout, stderr]).toEqual([0, expect.stringContaining("Connecté"), expect.any(String)]);
  const store = path.join(login.configDir, "sessions.json");
  expect(fs.existsSync(store)).toBe(true);
  expect(fs.statSync(store).mode & 0o777).toBe(0o600);
  const sessions = JSON.parse(fs.readFileSync(store, "utf8")) as Record<string, { accessToken?: string }>;
  expect(Object.values(sessions)).toEqual([expect.objectContaining({ accessToken: expect.any(String) })]);
}

beforeEach(async () => {
  await freshPage().setViewportSize({ width: 375, height: 812 });
});

test(
  "with the code in the link: sign in with the keyboard, allow the CLI, connected; the CLI exits 0 with a session",
  async () => {
    const page = freshPage();
    const person = await createPerson("device-link");
    const login = await startEfpLogin();

    await page.goto(login.link);
    await checkPage(page, "1-connexion");
    await signInWithKeyboard(page, person.email);

    await checkConsentPage(page);
    await checkPage(page, "2-autorisation");
    // "Autoriser" is reached with Tab and pressed with Enter.
    await tabUntil(page, async () => (await focusedId(page)) === "kc-submit", "« Autoriser »");
    await page.keyboard.press("Enter");

    await checkConnectedPage(page);
    await checkPage(page, "3-connectee");
    await expectConnected(login);
  },
  TIMEOUT,
);

test(
  "without the code in the link: the code page, a wrong code named under its field, then the right one",
  async () => {
    const page = freshPage();
    const { keycloakUrl, realm } = testContext();
    const person = await createPerson("device-code");
    const login = await startEfpLogin();

    await page.goto(`${keycloakUrl}/realms/${realm}/device`);
    await waitForThemePage(page, "login-oauth2-device-verify-user-code.ftl");
    expect(await page.locator("h1").innerText()).toBe("Connexion de la CLI efp");
    // The field is labelled, is what Keycloak reads, and has the focus: the person types at once.
    const field = page.getByLabel("Saisissez le code affiché par la CLI efp");
    expect(await field.getAttribute("name")).toBe("device_user_code");
    expect(await focusedId(page)).toBe("device_user_code");
    await checkPage(page, "4-code");

    // A code no CLI printed: the error sits under the field, tied to it, and the focus is back there.
    await page.keyboard.type("BCDF-GHJK");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#device_user_code[aria-invalid=true]");
    expect(await focusedId(page)).toBe("device_user_code");
    const describedBy = (await page.locator("#device_user_code").getAttribute("aria-describedby")) ?? "";
    const described = await page.evaluate(
      (ids) =>
        ids
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" "),
      describedBy,
    );
    expect(described).toContain("Ce code est inconnu ou a déjà servi.");
    expect(await page.locator(".fr-alert").count()).toBe(0);
    await checkPage(page, "5-code-errone");

    // The right code, typed (lower case, as people do), sent with Enter.
    await page.keyboard.type(login.userCode.toLowerCase());
    await page.keyboard.press("Enter");
    await signInWithKeyboard(page, person.email);
    await checkConsentPage(page);
    await page.click("#kc-submit");
    await checkConnectedPage(page);
    await expectConnected(login);
  },
  TIMEOUT,
);

test(
  "« Refuser » on the consent page: the CLI is told, exits 4 with a French message, keeps no session",
  async () => {
    const page = freshPage();
    const person = await createPerson("device-refus");
    const login = await startEfpLogin();

    await page.goto(login.link);
    await page.waitForSelector("#username");
    await submitLogin(page, { email: person.email, password: PERSON_PASSWORD });
    await checkConsentPage(page);

    // The same page in English, from the language menu's link: English only, then back to French.
    const languageUrl = (tag: string) =>
      page.evaluate(
        (wanted) =>
          (window as unknown as { kcContext: { locale: { supported: { languageTag: string; url: string }[] } } }).kcContext.locale.supported.find(
            (locale) => locale.languageTag === wanted,
          )!.url,
        tag,
      );
    await page.goto(new URL(await languageUrl("en"), page.url()).toString());
    await waitForThemePage(page, "login-oauth-grant.ftl");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator("h1").innerText()).toBe("Allow the efp CLI to act on your behalf?");
    expect((await page.locator("#efp-grant-scopes li").allInnerTexts()).slice(0, 2)).toEqual([
      "manage access on your behalf",
      "administer EFP Connect within your rights",
    ]);
    expect(await page.locator("#kc-submit").innerText()).toBe("Allow");
    expect(await page.locator("#kc-cancel").innerText()).toBe("Deny");
    expect(await page.locator("main").innerText()).not.toMatch(/autoris|votre nom|connaître/i);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/efp-login-7-authorisation-en.png", fullPage: true });
    await page.goto(new URL(await languageUrl("fr"), page.url()).toString());
    await checkConsentPage(page);

    await tabUntil(page, async () => (await focusedId(page)) === "kc-cancel", "« Refuser »");
    await page.keyboard.press("Enter");

    await waitForThemePage(page, "info.ftl");
    expect(await page.locator("h1").innerText()).toBe("La CLI efp n'est pas connectée");
    expect(await page.locator("#kc-info-message").innerText()).toContain("Vous avez refusé : la CLI efp n'agira pas en votre nom.");
    await checkPage(page, "6-refusee");

    const { code, stderr } = await login.ended;
    expect(code).toBe(4);
    expect(stderr).toContain("Connexion refusée dans le navigateur.");
    expect(fs.existsSync(path.join(login.configDir, "sessions.json"))).toBe(false);
  },
  TIMEOUT,
);
