// axe-core on the pages of this issue, in Chromium: our login page and the demo app. No
// serious or critical violation is allowed; the report names what failed.
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { FIXED_CAPTCHA_ANSWER, submitLogin } from "../support/login-page.js";

const freshPage = useFreshPage();

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}) : ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
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
  for (let presses = 0; presses < 10 && (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)) !== "captcha_answer"; presses++) {
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
  await page.goto(testContext().demoAppUrl);
  await page.click("#login");
  await page.waitForSelector("[name=captcha_answer]");
  await page.click("text=Je crée mon compte EFP Connect");
  await page.waitForSelector("[name=firstName]");
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
