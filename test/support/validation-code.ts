import type { Page } from "playwright-core";
import { waitForEmail, type Email } from "./mailbox.js";

/** Waits for a validation-code mail to `address` (not one of `seen`) and returns its code. */
export async function codeFromMail(address: string, seen: Set<string>): Promise<{ code: string; email: Email }> {
  const email = await waitForEmail(address, (candidate) => !seen.has(candidate.id) && /\b\d{6}\b/.test(candidate.text ?? candidate.html ?? ""));
  const code = /\b(\d{6})\b/.exec(email.text ?? email.html ?? "")![1];
  return { code, email };
}

/** Types a code on the validation-code page and submits it. */
export async function submitCode(page: Page, code: string) {
  await page.fill("[name=code]", code);
  await page.click("#kc-submit");
}
