import { testContext } from "./context.js";

// MailDev's REST API (v3): GET /api/email lists what its SMTP server received.
export interface Email {
  id: string;
  subject: string;
  to: { address: string; name?: string }[];
  text?: string;
  html?: string;
}

export async function listEmails(): Promise<Email[]> {
  const response = await fetch(`${testContext().mailWebUrl}/api/email`);
  if (!response.ok) throw new Error(`MailDev a répondu ${response.status}`);
  return (await response.json()) as Email[];
}

/** Waits for a mail to `address` matching `filter`; fails with what did arrive. */
export async function waitForEmail(address: string, filter: (email: Email) => boolean = () => true, timeoutMs = 20_000): Promise<Email> {
  const deadline = Date.now() + timeoutMs;
  let seen: Email[] = [];
  while (Date.now() < deadline) {
    seen = await listEmails();
    const found = seen.find((email) => email.to.some((to) => to.address.toLowerCase() === address.toLowerCase()) && filter(email));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(
    `aucun courriel pour ${address} après ${timeoutMs} ms ; reçus : ${seen.map((email) => `${email.to.map((to) => to.address).join(",")} « ${email.subject} »`).join(" ; ") || "aucun"}`,
  );
}

/** Ids of the mails received so far: what a test must not mistake for a new mail. */
export async function seenMails(): Promise<Set<string>> {
  return new Set((await listEmails()).map((email) => email.id));
}
