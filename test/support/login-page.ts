import type { Page } from "playwright-core";
import { testContext } from "./context.js";

/** The answer of the test-only `fixed` CAPTCHA provider the test harness installs. */
export const FIXED_CAPTCHA_ANSWER = "EFPTEST";

/** Fills the login form as a person would, CAPTCHA included, and submits it. */
export async function submitLogin(page: Page, credentials: { email: string; password: string; captcha?: string }) {
  await page.fill("#username", credentials.email);
  await page.fill("#password", credentials.password);
  await page.fill("[name=captcha_answer]", credentials.captcha ?? FIXED_CAPTCHA_ANSWER);
  await page.click("#kc-login");
}

/**
 * Signed in, but without a habilitation for the demo application (SOFFI): the access gate
 * greets every new account. Proves the login went through.
 */
export async function waitForAccessGate(page: Page) {
  // A professional searches the directory; an agent asks for their structure (or is told they have none).
  await page.waitForSelector("#efp-gate-search, #efp-agent-structure, #efp-agent-no-structure", { timeout: 20_000 });
  const heading = await page.locator("h1").innerText();
  if (!heading.includes("Vous n'avez pas accès au service numérique SOFFI")) throw new Error(`page d'accès attendue, titre : ${heading}`);
}

/** Opens Mon compte (or one of its deep links, `#/…` or `?…#/…`) and signs in on our login page. */
export async function signInToAccount(page: Page, credentials: { email: string; password: string }, link = "") {
  const context = testContext();
  await page.goto(`${context.keycloakUrl}/realms/${context.realm}/account/${link}`);
  await page.waitForSelector("#username");
  await submitLogin(page, credentials);
  await page.waitForSelector("h1#page-title");
}
