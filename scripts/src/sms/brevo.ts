// Brevo's transactional SMS API (POST /v3/transactionalSMS/send), as the local SMS inbox speaks
// it, pure: what a request must hold, what the answer and the errors look like. Brevo is the
// French provider the extension's HTTP gateway talks to in production (README, "SMS").

/** The request body Brevo documents (the fields the extension sends; the others are accepted and kept). */
export type BrevoSmsRequest = {
  sender: string;
  recipient: string;
  content: string;
  type?: "transactional" | "marketing";
  tag?: string;
  unicodeEnabled?: boolean;
};

/** Brevo's error body: a code and a sentence (400 invalid_parameter, 401 unauthorized…). */
export type BrevoError = { code: string; message: string };

/** A sender: up to 11 letters and digits, or up to 15 digits (Brevo's rule). */
const SENDER = /^(?:[A-Za-z0-9]{1,11}|\d{1,15})$/;
/** A recipient: the international number without its "+" (E.164 without the sign): 8 to 15 digits. */
const RECIPIENT = /^[1-9]\d{7,14}$/;
/** Brevo refuses longer messages. */
export const CONTENT_MAX = 1_600;

/** The request checked, or the 400 Brevo would answer. */
export function checkSmsRequest(body: unknown): { request: BrevoSmsRequest } | { error: BrevoError } {
  const invalid = (message: string) => ({ error: { code: "invalid_parameter", message } });
  if (body === null || typeof body !== "object" || Array.isArray(body)) return invalid("Request body must be a JSON object");
  const { sender, recipient, content, type } = body as Record<string, unknown>;
  if (typeof sender !== "string" || !SENDER.test(sender)) return invalid("sender must be at most 11 alphanumeric characters or 15 digits");
  if (typeof recipient !== "string" || !RECIPIENT.test(recipient)) return invalid("recipient must be a mobile number in international format without +");
  if (typeof content !== "string" || content.trim() === "") return invalid("content is required");
  if (content.length > CONTENT_MAX) return invalid(`content is limited to ${CONTENT_MAX} characters`);
  if (type !== undefined && type !== "transactional" && type !== "marketing") return invalid("type must be transactional or marketing");
  return { request: body as BrevoSmsRequest };
}

// The GSM 03.38 basic alphabet (and its extension, which counts twice): other characters need UCS-2.
const GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM_EXTENDED = "^{}\\[~]|€\f";

/** How many SMS a text takes: 160 / 153 per part in GSM 7-bit, 70 / 67 in UCS-2. */
export function smsCount(content: string): number {
  let septets = 0;
  for (const character of content) {
    if (GSM_BASIC.includes(character)) septets += 1;
    else if (GSM_EXTENDED.includes(character)) septets += 2;
    else {
      const units = [...content].length;
      return units <= 70 ? 1 : Math.ceil(units / 67);
    }
  }
  return septets <= 160 ? 1 : Math.ceil(septets / 153);
}
