// A professional's account, end to end in Chromium with the real SMTP catcher: creation with
// a validation code, forgotten password by code, the same answers for known and unknown
// addresses, and the forced reset of accounts migrated from the old portal.
import { adminClient } from "../support/admin.js";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { submitLogin, waitForAccessGate } from "../support/login-page.js";
import { listEmails, seenMails, waitForEmail } from "../support/mailbox.js";
import { NEW_PASSWORD, fillRegistration, openRegistration, openReset, submitRegistration, uniqueEmail } from "../support/registration.js";
import { createUser, findUser } from "../support/users.js";
import { codeFromMail, submitCode } from "../support/validation-code.js";

const context = testContext();
const freshPage = useFreshPage();
test("create an account, read the code in the mailbox, validate it and arrive logged in", async () => {
  const page = freshPage();
  const email = uniqueEmail("creation");
  const before = await seenMails();
  await openRegistration(page);
  await fillRegistration(page, email);
  const { code } = await codeFromMail(email, before);
  await submitCode(page, code);
  // Signed in; a new account has no habilitation yet, so SOFFI's access gate comes next.
  await waitForAccessGate(page);
  const kc = await adminClient();
  const [user] = await kc.users.find({ realm: context.realm, username: email, exact: true });
  expect(user.emailVerified).toBe(true);
  expect(user.requiredActions ?? []).toEqual([]);
});

test("a common password is refused with a clear French message, and nothing is stored nor sent", async () => {
  const page = freshPage();
  const email = uniqueEmail("courant");
  const before = await seenMails();
  await openRegistration(page);
  expect(await page.evaluate(() => (window as unknown as { kcContext: { passwordRequired?: boolean } }).kcContext.passwordRequired)).toBe(true);
  // In the bundled list of breached passwords, whatever the case, and long enough for the length rule.
  await submitRegistration(page, email, "Password1234");
  await page.waitForSelector(".fr-error-text, .fr-message--error");
  const errors = (await page.locator(".fr-error-text, .fr-message--error, #kc-message").allInnerTexts()).map((text) => text.trim()).filter(Boolean);
  expect(errors).toContain("Ce mot de passe fait partie des mots de passe les plus courants : choisissez-en un autre.");
  // The person's other entries come back; the passwords do not.
  expect(await page.inputValue("[name=email]")).toBe(email);
  expect(await page.inputValue("[name=password]")).toBe("");
  expect(await page.locator("[name=code]").count()).toBe(0);
  expect(await findUser(email)).toBeUndefined();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect((await listEmails()).filter((mail) => !before.has(mail.id) && mail.to.some((to) => to.address === email))).toEqual([]);
});

test("a wrong code is refused with the attempts left, and nothing is verified", async () => {
  const page = freshPage();
  const email = uniqueEmail("mauvais-code");
  const before = await seenMails();
  await openRegistration(page);
  await fillRegistration(page, email);
  const { code } = await codeFromMail(email, before);
  await submitCode(page, code === "000000" ? "111111" : "000000");
  await page.waitForSelector("[name=code]");
  expect(await page.locator("body").innerText()).toMatch(/Code incorrect/);
  const kc = await adminClient();
  const [user] = await kc.users.find({ realm: context.realm, username: email, exact: true });
  expect(user?.emailVerified ?? false).toBe(false);
});

test("creating an account with a known address looks the same and warns the real owner", async () => {
  const owner = uniqueEmail("proprietaire");
  await createUser(owner);
  const page = freshPage();
  const before = await seenMails();
  await openRegistration(page);
  await fillRegistration(page, owner);
  const heading = await page.locator("h1").innerText();
  expect(heading).toMatch(/Validez votre adresse/);
  const warning = await waitForEmail(owner, (email) => !before.has(email.id));
  expect(`${warning.subject} ${warning.text ?? ""}`).toMatch(/création de compte/i);
  expect(/\b\d{6}\b/.test(warning.text ?? "")).toBe(false);
  const kc = await adminClient();
  expect(await kc.users.find({ realm: context.realm, email: owner, exact: true })).toHaveLength(1);
});

test("forgotten password: code by email, then a new password that works", async () => {
  const email = uniqueEmail("oubli");
  await createUser(email);
  const page = freshPage();
  const before = await seenMails();
  await openReset(page, email);
  const { code } = await codeFromMail(email, before);
  await submitCode(page, code);
  await page.waitForSelector("[name=password-new]");
  await page.fill("[name=password-new]", NEW_PASSWORD);
  await page.fill("[name=password-confirm]", NEW_PASSWORD);
  await page.click("#kc-submit");
  await waitForAccessGate(page);

  // In again from a new browser, with the new password.
  const again = await freshPage.another();
  await again.goto(context.demoAppUrl);
  await again.click("#login");
  await submitLogin(again, { email, password: NEW_PASSWORD });
  await waitForAccessGate(again);
});

test("forgotten password for an unknown address: the same page, and no mail", async () => {
  const page = freshPage();
  const ghost = uniqueEmail("inconnu");
  const before = await seenMails();
  await openReset(page, ghost);
  expect(await page.locator("h1").innerText()).toMatch(/Réinitialisez votre mot de passe/);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const sent = (await listEmails()).filter((email) => !before.has(email.id) && email.to.some((to) => to.address === ghost));
  expect(sent).toEqual([]);
});

test("a professional migrated from the old portal sets a new password through a code at next login", async () => {
  const email = uniqueEmail("migre");
  const user = await createUser(email, { "efp.migrated": ["true"] });
  const page = freshPage();
  const before = await seenMails();
  await page.goto(context.demoAppUrl);
  await page.click("#login");
  await submitLogin(page, { email, password: context.user.password });
  await page.waitForSelector("[name=code]");
  const { code } = await codeFromMail(email, before);
  await submitCode(page, code);
  await page.waitForSelector("[name=password-new]");
  await page.fill("[name=password-new]", NEW_PASSWORD);
  await page.fill("[name=password-confirm]", NEW_PASSWORD);
  await page.click("#kc-submit");
  await waitForAccessGate(page);
  const kc = await adminClient();
  const after = await kc.users.findOne({ realm: context.realm, id: user.id! });
  expect(after?.attributes?.["efp.migrated"]).toBeUndefined();
});

test("a migrated professional who goes through the forgotten password is done with the migration: no second code at the next login", async () => {
  const email = uniqueEmail("migreoubli");
  const user = await createUser(email, { "efp.migrated": ["true"] });
  const page = freshPage();
  const before = await seenMails();
  await openReset(page, email);
  const { code } = await codeFromMail(email, before);
  await submitCode(page, code);
  await page.waitForSelector("[name=password-new]");
  await page.fill("[name=password-new]", NEW_PASSWORD);
  await page.fill("[name=password-confirm]", NEW_PASSWORD);
  await page.click("#kc-submit");
  await waitForAccessGate(page);
  const kc = await adminClient();
  expect((await kc.users.findOne({ realm: context.realm, id: user.id! }))?.attributes?.["efp.migrated"]).toBeUndefined();

  // In again from a new browser: the password, then the application's gate, no code page.
  const again = await freshPage.another();
  await again.goto(context.demoAppUrl);
  await again.click("#login");
  await submitLogin(again, { email, password: NEW_PASSWORD });
  await waitForAccessGate(again);
});
