// The limits of the emailed validation code, in Chromium with the real SMTP catcher: it
// expires, it survives a bounded number of wrong tries, and a new one is sent at most once per
// throttle interval. The realm's policy (realm.yaml: 10 min, 5 tries, 60 s) is shortened for
// one test at a time through the realm attributes the extension reads on every request, and put
// back afterwards.
import type { Page } from "playwright-core";
import { adminClient } from "../support/admin.js";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { waitForAccessGate } from "../support/login-page.js";
import { listEmails, seenMails } from "../support/mailbox.js";
import { setRealmAttributes, withRealmAttributes } from "../support/realm-attributes.js";
import { fillRegistration, openRegistration, openReset, uniqueEmail } from "../support/registration.js";
import { createUser, findUser } from "../support/users.js";
import { codeFromMail, submitCode } from "../support/validation-code.js";

const context = testContext();
const freshPage = useFreshPage();

const VALIDITY = "efp.validationCode.validitySeconds";
const MAX_ATTEMPTS = "efp.validationCode.maxAttempts";
const RESEND = "efp.validationCode.resendSeconds";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterAll(async () => {
  // Wrong codes on the forgotten-password page are failed logins of fresh accounts: leave no lock behind.
  await (await adminClient()).attackDetection.delAll({ realm: context.realm });
});

/** The page's feedback: the alert and the field error, as a person reads them. */
async function feedback(page: Page): Promise<string> {
  const texts = await page.locator("#kc-message, .fr-error-text, .fr-message--error").allInnerTexts();
  return texts
    .map((text) => text.trim())
    .filter(Boolean)
    .join(" | ");
}

/** Submits the code page and waits for the answer page (a new document, not the old one). */
async function submitAndWait(page: Page, submit: () => Promise<unknown>) {
  await page.evaluate(() => ((window as unknown as { efpOldPage: boolean }).efpOldPage = true));
  await submit();
  await page.waitForFunction(
    () =>
      !(window as unknown as { efpOldPage?: boolean }).efpOldPage &&
      document.querySelector("[name=code], #user-email, [name=password-new], #efp-gate-search") !== null,
  );
}

/** Asks for a new code by posting the form with resend=true, as the button does, even while the page's countdown disables it. */
async function forceResend(page: Page) {
  await submitAndWait(page, () =>
    page.evaluate(() => {
      const form = document.querySelector<HTMLFormElement>("#efp-email-code-form")!;
      const resend = document.createElement("input");
      resend.type = "hidden";
      resend.name = "resend";
      resend.value = "true";
      form.appendChild(resend);
      form.submit();
    }),
  );
}

const typeCode = (page: Page, code: string) => submitAndWait(page, () => submitCode(page, code));
const mailsTo = async (address: string, before: Set<string>) =>
  (await listEmails()).filter((email) => !before.has(email.id) && email.to.some((to) => to.address === address));
const wrongCodeFor = (code: string) => (code === "000000" ? "111111" : "000000");

test("an expired code is refused, and a code sent afterwards works", async () => {
  const email = uniqueEmail("expire");
  await createUser(email);
  const page = freshPage();
  const restoreResend = await setRealmAttributes({ [RESEND]: "0" });
  const restoreValidity = await setRealmAttributes({ [VALIDITY]: "3" });
  try {
    const before = await seenMails();
    await openReset(page, email);
    // The address once, masked; never in full beside it. A code of 3 s lives "1 minute" (rounded up), singular.
    expect(await page.locator("#efp-code-sent").innerText()).toMatch(
      /^Un code de validation a été envoyé à \S+\*+\S*@exemple\.fr\. Il est valable 1 minute\.$/,
    );
    expect(await page.locator("body").innerText()).not.toContain(email);
    const { code, email: mail } = await codeFromMail(email, before);
    await sleep(4_000);
    await typeCode(page, code);
    expect(await feedback(page)).toBe("Ce code a expiré. Demandez un nouveau code.");
    expect(await page.locator("[name=password-new]").count()).toBe(0);

    // The realm's own validity again: the next code lives 10 minutes.
    await restoreValidity();
    const beforeResend = await seenMails();
    await submitAndWait(page, () => page.click("#efp-resend"));
    expect(await feedback(page)).toBe("Un nouveau code vous a été envoyé.");
    const fresh = await codeFromMail(email, beforeResend);
    expect(fresh.email.id).not.toBe(mail.id);
    await typeCode(page, fresh.code);
    await page.waitForSelector("[name=password-new]");
  } finally {
    await restoreValidity();
    await restoreResend();
  }
});

test("too many wrong codes lock the code: even the right one is then refused, until a new code", async () => {
  await withRealmAttributes({ [MAX_ATTEMPTS]: "3", [RESEND]: "0" }, async () => {
    const email = uniqueEmail("essais");
    const page = freshPage();
    const before = await seenMails();
    await openRegistration(page);
    await fillRegistration(page, email);
    const { code } = await codeFromMail(email, before);

    expect(await page.locator("#efp-code-sent").innerText()).toMatch(/Il est valable 10 minutes\.$/);
    expect(await page.locator("body").innerText()).not.toContain(email);
    await typeCode(page, wrongCodeFor(code));
    expect(await feedback(page)).toBe("Code incorrect. Il vous reste 2 essais.");
    await typeCode(page, wrongCodeFor(code));
    expect(await feedback(page)).toBe("Code incorrect. Il vous reste 1 essai.");
    await typeCode(page, wrongCodeFor(code));
    expect(await feedback(page)).toBe("Trop d'essais. Demandez un nouveau code.");
    // The right code, now: refused all the same, and the address stays unverified.
    await typeCode(page, code);
    expect(await feedback(page)).toBe("Trop d'essais. Demandez un nouveau code.");
    expect((await findUser(email))?.emailVerified).toBe(false);

    const beforeResend = await seenMails();
    await submitAndWait(page, () => page.click("#efp-resend"));
    const fresh = await codeFromMail(email, beforeResend);
    await typeCode(page, fresh.code);
    await waitForAccessGate(page);
    expect((await findUser(email))?.emailVerified).toBe(true);
  });
});

test("a new code is sent at most once per interval; then the new code works and the old one no longer does", async () => {
  await withRealmAttributes({ [RESEND]: "5" }, async () => {
    const email = uniqueEmail("renvoi");
    const page = freshPage();
    const before = await seenMails();
    await openRegistration(page);
    await fillRegistration(page, email);
    // The page counts down and keeps the button disabled; the server refuses all the same.
    expect(await page.locator("#efp-resend").isDisabled()).toBe(true);
    await forceResend(page);
    expect(await feedback(page)).toMatch(/^Un code vient de vous être envoyé : patientez encore [1-5] s avant d'en demander un nouveau\.$/);
    const first = await codeFromMail(email, before);

    // Once the interval is over the button comes back by itself.
    await page.waitForSelector("#efp-resend:not([disabled])", { timeout: 15_000 });
    const beforeResend = await seenMails();
    await submitAndWait(page, () => page.click("#efp-resend"));
    expect(await feedback(page)).toBe("Un nouveau code vous a été envoyé.");
    await forceResend(page);
    expect(await feedback(page)).toMatch(/patientez encore [1-5] s/);
    const second = await codeFromMail(email, beforeResend);
    // Exactly two codes went out: the two refused requests sent nothing.
    await sleep(1_000);
    expect(await mailsTo(email, before)).toHaveLength(2);

    if (first.code !== second.code) {
      await typeCode(page, first.code);
      expect(await feedback(page)).toMatch(/^Code incorrect\. Il vous reste 4 essais\.$/);
    }
    await typeCode(page, second.code);
    await waitForAccessGate(page);
    expect((await findUser(email))?.emailVerified).toBe(true);
  });
});
