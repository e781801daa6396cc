// axe-core in Chromium on every page of the login theme, each reached for real (no mock
// context): login, account creation, forgotten password, validation code, new password,
// profile, email update, terms, info, error, expired page, logout confirmation; and the demo
// app. No serious or critical violation is allowed; the report names what failed.
import type { Page } from "playwright-core";
import { adminClient } from "../support/admin.js";
import { seriousViolations } from "../support/axe.js";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { FIXED_CAPTCHA_ANSWER, submitLogin } from "../support/login-page.js";
import { openForgottenPassword, openRegistration, submitRegistration, uniqueEmail } from "../support/registration.js";
import { enableRequiredAction } from "../support/required-actions.js";
import { createUser } from "../support/users.js";

const freshPage = useFreshPage();

/** The theme page Keycloak rendered (Keycloakify puts its context in the page). */
async function pageIdOf(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as { kcContext?: { pageId?: string } }).kcContext?.pageId);
}

/** Waits until the browser shows the theme page `pageId`, rendered. */
async function waitForThemePage(page: Page, pageId: string) {
  await page.waitForFunction(
    (id) => (window as unknown as { kcContext?: { pageId?: string } }).kcContext?.pageId === id && document.querySelector("h1") !== null,
    pageId,
  );
}

/** Logs in from the demo app as `email`, up to whatever page comes after the password. */
async function logInFromDemoApp(page: Page, email: string, password = testContext().user.password) {
  await page.goto(testContext().demoAppUrl);
  await page.click("#login");
  await page.waitForSelector("#username");
  await submitLogin(page, { email, password });
}

test("the login page, with and without an error", async () => {
  const page = freshPage();
  await page.goto(testContext().demoAppUrl);
  await page.click("#login");
  await page.waitForSelector("#username");
  expect(await seriousViolations(page)).toEqual([]);

  await submitLogin(page, { email: testContext().user.email, password: "mauvais" });
  await page.waitForSelector(".fr-alert--error");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the demo app before and after login, reached with the keyboard alone", async () => {
  const page = freshPage();
  await page.goto(testContext().demoAppUrl);
  expect(await seriousViolations(page)).toEqual([]);

  // Tab to the login link, Enter; on the login page the username field is reachable by Tab.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("login");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#username");
  await page.focus("#username");
  await page.keyboard.type(testContext().user.email);
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("password");
  await page.keyboard.type(testContext().user.password);
  // On to the CAPTCHA answer with Tab only (past "Afficher" and the CAPTCHA buttons).
  for (
    let presses = 0;
    presses < 10 && (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)) !== "captcha_answer";
    presses++
  ) {
    await page.keyboard.press("Tab");
  }
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe("captcha_answer");
  await page.keyboard.type(FIXED_CAPTCHA_ANSWER);
  await page.keyboard.press("Enter");
  await page.waitForURL(`${testContext().demoAppUrl}/`);
  expect(await seriousViolations(page)).toEqual([]);
});

test("account creation, forgotten password and the validation-code page", async () => {
  const page = freshPage();
  await openRegistration(page);
  expect(await seriousViolations(page)).toEqual([]);

  await page.goBack();
  await page.waitForSelector("#kc-forgot-password");
  await page.click("#kc-forgot-password");
  await page.waitForSelector("[name=captcha_answer]");
  expect(await seriousViolations(page)).toEqual([]);

  // An unknown address leads to the same code page as a known one: no mail needed to reach it.
  await page.fill("[name=username]", `personne.${Date.now()}@exemple.fr`);
  await page.fill("[name=captcha_answer]", FIXED_CAPTCHA_ANSWER);
  await page.click("#kc-submit");
  await page.waitForSelector("[name=code]");
  expect(await seriousViolations(page)).toEqual([]);
  await page.fill("[name=code]", "000000");
  await page.click("#kc-submit");
  await page.waitForSelector("[name=code]");
  expect(await seriousViolations(page)).toEqual([]);
});

test("account creation refused (common password), with its errors", async () => {
  const page = freshPage();
  await openRegistration(page);
  await submitRegistration(page, uniqueEmail("axe-erreur"), "Password1234");
  await page.waitForSelector(".fr-error-text, .fr-message--error");
  expect(await pageIdOf(page)).toBe("register.ftl");
  expect(await seriousViolations(page)).toEqual([]);
});

test("logout confirmation and the info page after it", async () => {
  const page = freshPage();
  // Without id_token_hint Keycloak asks before ending the session.
  await page.goto(`${testContext().keycloakUrl}/realms/${testContext().realm}/protocol/openid-connect/logout`);
  await waitForThemePage(page, "logout-confirm.ftl");
  expect(await seriousViolations(page)).toEqual([]);
  await page.click("#kc-submit");
  await waitForThemePage(page, "info.ftl");
  expect(await seriousViolations(page)).toEqual([]);
});

test("error pages: unknown application, unregistered return address", async () => {
  const page = freshPage();
  const { keycloakUrl, realm, demoAppUrl } = testContext();
  const authorize = (params: Record<string, string>) =>
    `${keycloakUrl}/realms/${realm}/protocol/openid-connect/auth?${new URLSearchParams({ response_type: "code", scope: "openid", ...params })}`;
  await page.goto(authorize({ client_id: "application-inconnue", redirect_uri: `${demoAppUrl}/callback` }));
  await waitForThemePage(page, "error.ftl");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(authorize({ client_id: "soffi", redirect_uri: "https://ailleurs.example/callback" }));
  await waitForThemePage(page, "error.ftl");
  expect(await page.locator("h1").innerText()).toMatch(/erreur/i);
  expect(await seriousViolations(page)).toEqual([]);
});

test("the expired page, after going back to a step already passed", async () => {
  const page = freshPage();
  await openForgottenPassword(page);
  // The address of the forgotten-password step, as a bookmark or the history would give it back.
  const step = new URL((await page.getAttribute("#kc-reset-password-form", "action"))!);
  step.searchParams.delete("session_code");
  await page.fill("[name=username]", `personne.${Date.now()}@exemple.fr`);
  await page.fill("[name=captcha_answer]", FIXED_CAPTCHA_ANSWER);
  await page.click("#kc-submit");
  await page.waitForSelector("[name=code]");
  await page.goto(step.toString());
  await waitForThemePage(page, "login-page-expired.ftl");
  expect(await page.locator("h1").innerText()).toMatch(/expiré/);
  expect(await seriousViolations(page)).toEqual([]);
});

test("the new-password page at login (temporary password), with and without an error", async () => {
  const page = freshPage();
  const kc = await adminClient();
  const { realm, user: testUser } = testContext();
  // An administrator gave a temporary password: a new one is asked at login.
  const email = uniqueEmail("axe-temporaire");
  const user = await createUser(email);
  await kc.users.resetPassword({ realm, id: user.id!, credential: { type: "password", value: testUser.password, temporary: true } });
  await logInFromDemoApp(page, email);
  await waitForThemePage(page, "login-update-password.ftl");
  expect(await seriousViolations(page)).toEqual([]);
  // With its error: two passwords that differ.
  await page.fill("[name=password-new]", "Nouveau-Mot-De-Passe-2026");
  await page.fill("[name=password-confirm]", "Autre-Mot-De-Passe-2026");
  await page.click("#kc-submit");
  await page.waitForSelector(".fr-error-text, .fr-message--error");
  expect(await seriousViolations(page)).toEqual([]);
});

// Required actions an administrator may set on an account; the stock ones this realm leaves
// disabled are enabled for the test only.
test.each([
  ["UPDATE_PROFILE", "login-update-profile.ftl"],
  ["UPDATE_EMAIL", "update-email.ftl"],
  ["TERMS_AND_CONDITIONS", "terms.ftl"],
  ["efp-email-code", "efp-email-code.ftl"],
])("the required action %s at login: %s", async (action, pageId) => {
  const page = freshPage();
  const kc = await adminClient();
  const { realm } = testContext();
  const restore = await enableRequiredAction(action);
  try {
    const email = uniqueEmail(`axe-${action.toLowerCase()}`);
    const user = await createUser(email);
    // The code step only asks an unverified address.
    await kc.users.update({ realm, id: user.id! }, { ...user, requiredActions: [action], emailVerified: action !== "efp-email-code" });
    await logInFromDemoApp(page, email);
    await waitForThemePage(page, pageId);
    expect(await seriousViolations(page)).toEqual([]);
  } finally {
    await restore();
  }
});

test("the agents' connection guide, reached without signing in", async () => {
  const page = freshPage();
  await page.goto(`${testContext().keycloakUrl}/realms/${testContext().realm}/efp-guide/agents`);
  await waitForThemePage(page, "efp-agents-guide.ftl");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the charter page and the page after declining it", async () => {
  const page = freshPage();
  const kc = await adminClient();
  const { realm } = testContext();
  const email = uniqueEmail("axe-charte");
  const user = await createUser(email);
  // The charter is asked of access managers; the required action shows it the same way.
  await kc.users.update({ realm, id: user.id! }, { ...user, requiredActions: ["efp-access-manager-charter"] });
  // From Mon compte, which no habilitation guards: the charter comes first.
  await page.goto(`${testContext().keycloakUrl}/realms/${realm}/account/`);
  await page.waitForSelector("#username");
  await submitLogin(page, { email, password: testContext().user.password });
  await waitForThemePage(page, "efp-charter.ftl");
  expect(await seriousViolations(page)).toEqual([]);
  await page.click("#efp-charter-decline");
  await waitForThemePage(page, "efp-charter-declined.ftl");
  expect(await seriousViolations(page)).toEqual([]);
});
