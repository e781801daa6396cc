import type { Page } from "playwright-core";

/** The answer of the test-only `fixed` CAPTCHA provider the test harness installs. */
export const FIXED_CAPTCHA_ANSWER = "EFPTEST";

/** Fills the login form as a person would, CAPTCHA included, and submits it. */
export async function submitLogin(page: Page, credentials: { email: string; password: string; captcha?: string }) {
  await page.fill("#username", credentials.email);
  await page.fill("#password", credentials.password);
  await page.fill("[name=captcha_answer]", credentials.captcha ?? FIXED_CAPTCHA_ANSWER);
  await page.click("#kc-login");
}
