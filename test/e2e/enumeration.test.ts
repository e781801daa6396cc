// No page tells whether an account exists: the code page after "Mot de passe oublié" and after
// "Je crée mon compte", and the login page of a locked account, are the same page for a known
// and an unknown address. Compared whole: the HTML Keycloak sends, the DOM the theme renders and
// the kcContext, with only per-request values (session, tab, session code, CAPTCHA id) and the
// typed address itself set aside (support/page-snapshot.ts).
import type { Page } from "playwright-core";
import { adminClient } from "../support/admin.js";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { FIXED_CAPTCHA_ANSWER, submitLogin } from "../support/login-page.js";
import { normalised, snapshotAfter, type PageSnapshot } from "../support/page-snapshot.js";
import { withRealmAttributes } from "../support/realm-attributes.js";
import { NEW_PASSWORD, openForgottenPassword, openRegistration, uniqueEmail } from "../support/registration.js";
import { createUser } from "../support/users.js";

const context = testContext();
const freshPage = useFreshPage();

// No countdown on the code page: a ticking number is not a difference between accounts.
const NO_RESEND_WAIT = { "efp.validationCode.resendSeconds": "0" };

afterAll(async () => {
  await (await adminClient()).attackDetection.delAll({ realm: context.realm });
});

/**
 * Two addresses whose masked forms are the same ("e***@exemple.fr"): the page shows that much of
 * what was typed, whatever the account.
 */
const pairOfAddresses = () => ({ known: uniqueEmail("enum-connu"), unknown: uniqueEmail("enum-inconnu") });

function expectSamePage(first: PageSnapshot, firstTyped: string, second: PageSnapshot, secondTyped: string) {
  const a = normalised(first, { [firstTyped]: "<adresse saisie>" });
  const b = normalised(second, { [secondTyped]: "<adresse saisie>" });
  expect(b.kcContext).toBe(a.kcContext);
  expect(b.html).toBe(a.html);
  expect(b.dom).toBe(a.dom);
}

async function forgottenPasswordCodePage(page: Page, email: string): Promise<PageSnapshot> {
  await openForgottenPassword(page);
  await page.fill("[name=username]", email);
  await page.fill("[name=captcha_answer]", FIXED_CAPTCHA_ANSWER);
  return snapshotAfter(page, () => page.click("#kc-submit"), "[name=code]");
}

async function registrationCodePage(page: Page, email: string): Promise<PageSnapshot> {
  await openRegistration(page);
  await page.fill("[name=email]", email);
  await page.fill("[name=firstName]", "Agathe");
  await page.fill("[name=lastName]", "Nouvelle");
  await page.fill("[name=password]", NEW_PASSWORD);
  await page.fill("[name=password-confirm]", NEW_PASSWORD);
  await page.fill("[name=captcha_answer]", FIXED_CAPTCHA_ANSWER);
  return snapshotAfter(page, () => page.click("#kc-submit"), "[name=code]");
}

/** Posts the login form (right CAPTCHA) and snapshots the login page that answers. */
async function loginRefused(page: Page, email: string, password: string): Promise<PageSnapshot> {
  return snapshotAfter(page, () => submitLogin(page, { email, password }), "[name=captcha_answer]");
}

test("forgotten password: the code page is the same page for a known and an unknown address", async () => {
  const { known, unknown } = pairOfAddresses();
  await createUser(known);
  await withRealmAttributes(NO_RESEND_WAIT, async () => {
    const forKnown = await forgottenPasswordCodePage(freshPage(), known);
    const forUnknown = await forgottenPasswordCodePage(await freshPage.another(), unknown);
    expect(forKnown.dom).toContain("e***@exemple.fr");
    expectSamePage(forKnown, known, forUnknown, unknown);
  });
});

test("account creation: the code page is the same page for a new address and the address of an existing account", async () => {
  const { known, unknown: fresh } = pairOfAddresses();
  await createUser(known);
  await withRealmAttributes(NO_RESEND_WAIT, async () => {
    const forNew = await registrationCodePage(freshPage(), fresh);
    const forExisting = await registrationCodePage(await freshPage.another(), known);
    expect(forNew.dom).toContain("e***@exemple.fr");
    expectSamePage(forNew, fresh, forExisting, known);
  });
});

test("login: a wrong password, an unknown address and a locked account get the same page", async () => {
  const { known, unknown } = pairOfAddresses();
  await createUser(known);
  const { failureFactor } = (await (await adminClient()).realms.findOne({ realm: context.realm }))!;
  const forKnown = freshPage();
  const forUnknown = await freshPage.another();
  for (const page of [forKnown, forUnknown]) {
    await page.goto(context.demoAppUrl);
    await page.click("#login");
    await page.waitForSelector("[name=captcha_answer]");
  }

  // A wrong password of an existing account, and any password of an unknown address.
  const wrongPassword = await loginRefused(forKnown, known, "pas-le-bon-mot-de-passe");
  const unknownFirst = await loginRefused(forUnknown, unknown, "pas-le-bon-mot-de-passe");
  expectSamePage(wrongPassword, known, unknownFirst, unknown);

  // Enough wrong passwords to lock the account; as many posts for the unknown address.
  for (let attempt = 1; attempt < failureFactor!; attempt++) {
    await loginRefused(forKnown, known, "pas-le-bon-mot-de-passe");
    await loginRefused(forUnknown, unknown, "pas-le-bon-mot-de-passe");
  }
  const status = await (
    await adminClient()
  ).attackDetection.findOne({
    realm: context.realm,
    id: (await (await adminClient()).users.find({ realm: context.realm, username: known, exact: true }))[0].id!,
  });
  expect(status?.disabled).toBe(true);

  // Locked: even the right password gets the page an unknown address gets.
  const locked = await loginRefused(forKnown, known, context.user.password);
  const unknownAgain = await loginRefused(forUnknown, unknown, context.user.password);
  expect(locked.dom).not.toMatch(/désactivé/i);
  expectSamePage(locked, known, unknownAgain, unknown);
});
