// Issue 13, items 6 to 9 on the login pages: the seed's texts (former portal, agents and their
// guide), real plurals, DSFR errors instead of browser bubbles or misleading messages, and the
// keyboard (logo links' focus ring, one control for the audio CAPTCHA).
import type { Page } from "playwright-core";
import { seriousViolations } from "../support/axe.js";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { administratorApi, createPerson, freshSiret, PERSON_PASSWORD } from "../support/efp-admin.js";
import { FIXED_CAPTCHA_ANSWER, signInToAccount, submitLogin, waitForAccessGate } from "../support/login-page.js";
import { openRegistration, submitRegistration, uniqueEmail } from "../support/registration.js";

const context = testContext();
const freshPage = useFreshPage();

async function openLoginPage(page: Page, language?: "en") {
  await page.goto(context.demoAppUrl);
  await page.click("#login");
  await page.waitForSelector("#username");
  if (language) {
    // The same authorization request, the application asking for another language.
    const url = new URL(page.url());
    url.searchParams.set("ui_locales", language);
    await page.goto(url.toString());
    await page.waitForSelector(`html[lang=${language}] #username`);
  }
}

test("the login page speaks to former portal users and to agents, with the reset link and the agents' guide", async () => {
  const page = freshPage();
  await openLoginPage(page);
  const former = await page.locator("#efp-login-former-portal").innerText();
  expect(former).toContain("pas besoin de vous créer un nouveau compte EFP Connect");
  expect(former).toContain("les usagers professionnels devront réinitialiser leur mot de passe");
  expect(await page.locator("#efp-login-reset-link").innerText()).toBe("Réinitialiser mon mot de passe");
  const agents = await page.locator("#efp-login-agents").innerText();
  expect(agents).toContain("« hydre\\ » pour la DGEFP");
  expect(agents).toContain("« polaris\\ » pour les D(R)EETS");
  expect(await seriousViolations(page)).toEqual([]);

  // The reset link leads to the forgotten-password page.
  await page.click("#efp-login-reset-link");
  await page.waitForSelector("#kc-reset-password-form");
  await page.goBack();
  await page.waitForSelector("#efp-login-agents-guide");

  await page.click("#efp-login-agents-guide");
  await page.waitForSelector("#efp-agents-guide");
  expect(await page.locator("h1").innerText()).toBe("Guide de connexion des agents");
  const guide = await page.locator("#efp-agents-guide").innerText();
  expect(guide).toContain("ADFS");
  expect(guide).toContain("Vous n'avez pas de compte à créer");
  expect(guide).toContain("Vous ne pouvez pas modifier ici votre mot de passe, votre adresse électronique, votre nom ni votre structure ministérielle");
  expect(await page.locator("html").getAttribute("lang")).toBe("fr");
  expect(await seriousViolations(page)).toEqual([]);
  // Back to the login page, where signing in goes on.
  await page.click("#efp-agents-guide-login");
  await page.waitForSelector("#username");
});

test("the same texts and guide in English, nothing French on them", async () => {
  const page = freshPage();
  await openLoginPage(page, "en");
  expect(await page.locator("#efp-login-former-portal").innerText()).toContain("you do not need a new EFP Connect account");
  expect(await page.locator("#efp-login-agents").innerText()).toContain("“polaris\\” for the D(R)EETS");
  expect(await page.locator("#efp-login-agents-guide").innerText()).toBe("Agents' sign-in guide");
  await page.click("#efp-login-agents-guide");
  await page.waitForSelector("#efp-agents-guide");
  expect(await page.locator("h1").innerText()).toBe("Agents' sign-in guide");
  expect(await page.locator("html").getAttribute("lang")).toBe("en");
  expect(await page.locator("#efp-agents-guide").innerText()).not.toMatch(/agents du ministère|identifiant|vous /i);
});

test("an empty CAPTCHA asks for the characters instead of calling them wrong", async () => {
  const page = freshPage();
  await openLoginPage(page);
  await page.fill("#username", context.user.email);
  await page.fill("#password", context.user.password);
  await page.click("#kc-login");
  await page.waitForSelector("#captcha-answer-error");
  expect(await page.locator("#captcha-answer-error").innerText()).toBe("Saisissez les caractères de l'image.");
  expect(await page.getAttribute("[name=captcha_answer]", "aria-describedby")).toBe("captcha-answer-error");
  // A wrong one is still called wrong.
  await page.fill("#password", context.user.password);
  await page.fill("[name=captcha_answer]", "FAUX");
  await page.click("#kc-login");
  await page.waitForFunction(() => document.querySelector("#captcha-answer-error")?.textContent?.includes("incorrect"));
});

test("a 5-character password gets the length rule, not the common-password message", async () => {
  const page = freshPage();
  await openRegistration(page);
  await submitRegistration(page, uniqueEmail("court"), "azert");
  await page.waitForSelector(".fr-error-text, .fr-message--error");
  const errors = (await page.locator(".fr-error-text, .fr-message--error, .fr-alert").allInnerTexts()).join("\n");
  expect(errors).toMatch(/12/);
  expect(errors).not.toContain("mots de passe les plus courants");
});

test("the audio CAPTCHA is one button that says it plays; the logo links show the focus ring", async () => {
  const page = freshPage();
  await openLoginPage(page);
  // No <audio controls> (three stops): one button beside "Afficher un nouveau code".
  expect(await page.locator("#captcha audio[controls]").count()).toBe(0);
  const stops = await page
    .locator("#captcha button, #captcha input:not([type=hidden]), #captcha a, #captcha audio")
    .evaluateAll((elements) =>
      elements.filter((element) => (element as HTMLElement).tabIndex >= 0 && (element as HTMLElement).offsetParent !== null).map((element) => element.id),
    );
  expect(stops).toEqual(["captcha-refresh", "captcha-listen", "captcha_answer"]);
  expect(await page.locator("#captcha-listen").innerText()).toBe("Écouter le code");
  await page.evaluate(() => {
    // Headless Chromium has no sound card: the element's own events are what the button follows.
    const audio = document.querySelector("#captcha audio") as HTMLAudioElement;
    audio.play = () => {
      audio.dispatchEvent(new Event("play"));
      return Promise.resolve();
    };
  });
  await page.focus("#captcha-listen");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("#captcha-listen")?.textContent === "Lecture du code en cours : arrêter");

  // Tab from the top of the page to the header's logo link: a visible outline.
  await page.goto(page.url());
  await page.waitForSelector("#username");
  const outline = async (selector: string) =>
    page.evaluate((target) => {
      const link = document.querySelector(target) as HTMLElement;
      // The DSFR draws the ring of an enlarged link on its ::before, which covers the whole block.
      const ring = [getComputedStyle(link), getComputedStyle(link, "::before")].find(
        (style) => style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== "rgba(0, 0, 0, 0)",
      );
      return { focused: document.activeElement === link, visible: ring !== undefined };
    }, selector);
  const headerLink = ".fr-header__brand a";
  for (let presses = 0; presses < 10 && !(await outline(headerLink)).focused; presses++) await page.keyboard.press("Tab");
  expect(await outline(headerLink)).toEqual({ focused: true, visible: true });
  const footerLink = ".fr-footer__brand a";
  await page.focus("#kc-login");
  for (let presses = 0; presses < 20 && !(await outline(footerLink)).focused; presses++) await page.keyboard.press("Tab");
  expect(await outline(footerLink)).toEqual({ focused: true, visible: true });
  // At 375 px the header's link comes after the menu button; its ring is still drawn.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(page.url());
  await page.waitForSelector("#username");
  for (let presses = 0; presses < 10 && !(await outline(headerLink)).focused; presses++) await page.keyboard.press("Tab");
  expect(await outline(headerLink)).toEqual({ focused: true, visible: true });
});

test("the gate: a search under 3 characters and a request without an establishment get DSFR errors, in the browser and from the server", async () => {
  const page = freshPage();
  const person = await createPerson("erreurs-portail");
  // Two establishments sharing a word of this run (letters only: the directory matches words).
  const word = `DOUBLON${String(Date.now() % 1e8).replace(/\d/g, (digit) => "BCDFGHJKLM"[Number(digit)])}`;
  await administratorApi().request(
    "POST",
    "directory/establishments",
    [1, 2].map((index) => ({ siret: freshSiret(), name: `${word} ${index}`, address: "3 RUE DU DOUBLON", postalCode: "75011", city: "PARIS", active: true })),
  );
  await openLoginPage(page);
  await submitLogin(page, { email: person.email, password: PERSON_PASSWORD, captcha: FIXED_CAPTCHA_ANSWER });
  await waitForAccessGate(page);

  // No bubble: the form does not stop itself; the page says it under the field.
  expect(await page.getAttribute("#efp-gate-search", "novalidate")).not.toBeNull();
  await page.fill("#query", "ab");
  await page.click("#efp-search");
  const searchError = page.locator("#efp-gate-search .fr-error-text, #efp-gate-search .fr-message--error");
  await searchError.waitFor();
  expect(await searchError.innerText()).toBe("Saisissez au moins 3 caractères de la raison sociale ou du SIRET.");
  expect(await page.locator("#efp-gate-search .fr-input-group--error").count()).toBe(1);
  const describedBy = (await page.getAttribute("#query", "aria-describedby")) ?? "";
  expect(describedBy.split(" ")).toContain(await searchError.getAttribute("id"));
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("query");
  expect(await seriousViolations(page)).toEqual([]);

  // Without the page's check (a post as is): the server runs no search and the page says why.
  await page.evaluate(() => (document.querySelector("#efp-gate-search") as HTMLFormElement).submit());
  await page.waitForSelector("#efp-gate-request", { state: "attached" });
  expect(await searchError.innerText()).toBe("Saisissez au moins 3 caractères de la raison sociale ou du SIRET.");
  expect(await page.locator("#efp-results-count").innerText()).toBe("");

  // Several results, none chosen: the request is refused beside the list.
  await page.fill("#query", word);
  await page.click("#efp-search");
  await page.waitForFunction(() => document.querySelectorAll("input[name=siret]").length > 1);
  expect(await page.locator("#efp-results-count").innerText()).toBe("2 résultats affichés sur 2");
  await page.click("#efp-request-submit");
  await page.waitForSelector("#efp-request-error");
  expect(await page.locator("#efp-request-error").innerText()).toBe("Choisissez votre établissement dans la liste des résultats.");
  expect(await page.locator("#efp-gate-request fieldset.fr-fieldset--error").getAttribute("aria-describedby")).toBe("efp-request-error");
  expect(await seriousViolations(page)).toEqual([]);
  // The server refuses it as well.
  await page.evaluate(() => (document.querySelector("#efp-gate-request") as HTMLFormElement).submit());
  await page.waitForSelector("#efp-request-error");
  expect(await page.locator("#efp-request-error").innerText()).toContain("Choisissez votre établissement");
});

test('"Modifier mes informations" from Mon compte opens a page titled so, with its way out', async () => {
  const page = freshPage();
  const person = await createPerson("modifier");
  await signInToAccount(page, { email: person.email, password: PERSON_PASSWORD }, "#/profil");
  await page.click("#efp-update-profile");
  await page.waitForSelector("#firstName");
  expect(await page.locator("h1").innerText()).toBe("Modifier mes informations");
  expect(await page.title()).toMatch(/^Modifier mes informations - /);
  expect(await page.locator("#efp-way-out-logout").innerText()).toBe("Se déconnecter");
  expect(await page.locator("#efp-way-out-account").innerText()).toBe("Mon compte");
});
