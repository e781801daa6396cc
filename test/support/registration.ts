import type { Page } from "playwright-core";
import { testContext } from "./context.js";
import { FIXED_CAPTCHA_ANSWER } from "./login-page.js";

/** A password the realm's policy accepts (12+ characters, not common, not the email). */
export const NEW_PASSWORD = "Nouveau-Mot-De-Passe-2026";

/** An address nobody used yet in this realm. */
export const uniqueEmail = (name: string) => `${name}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@exemple.fr`;

/** From the demo app to "Je crée mon compte EFP Connect". */
export async function openRegistration(page: Page) {
  await page.goto(testContext().demoAppUrl);
  await page.click("#login");
  await page.waitForSelector("[name=captcha_answer]");
  await page.click("text=Je crée mon compte EFP Connect");
  await page.waitForSelector("[name=firstName]");
}

/** Fills the registration form as a person would and submits it. */
export async function submitRegistration(page: Page, email: string, password = NEW_PASSWORD) {
  await page.fill("[name=email]", email);
  await page.fill("[name=firstName]", "Agathe");
  await page.fill("[name=lastName]", "Nouvelle");
  await page.fill("[name=password]", password);
  await page.fill("[name=password-confirm]", password);
  await page.fill("[name=captcha_answer]", FIXED_CAPTCHA_ANSWER);
  await page.click("#kc-submit");
}

/** Registration up to the validation-code page. */
export async function fillRegistration(page: Page, email: string) {
  await submitRegistration(page, email);
  await page.waitForSelector("[name=code]");
}

/** From the demo app to the "Mot de passe oublié" page. */
export async function openForgottenPassword(page: Page) {
  await page.goto(testContext().demoAppUrl);
  await page.click("#login");
  await page.click("#kc-forgot-password");
  await page.waitForSelector("[name=captcha_answer]");
}

/** From the demo app, "Mot de passe oublié" for `email`, up to the validation-code page. */
export async function openReset(page: Page, email: string) {
  await openForgottenPassword(page);
  await page.fill("[name=username]", email);
  await page.fill("[name=captcha_answer]", FIXED_CAPTCHA_ANSWER);
  await page.click("#kc-submit");
  await page.waitForSelector("[name=code]");
}
