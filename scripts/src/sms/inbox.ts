// The local SMS inbox: a small HTTP service that speaks Brevo's transactional SMS API (what the
// extension's gateway calls in production) and shows what it received in a page, for `npm start`
// and the tests, as MailDev does for email. Nothing leaves the machine.
//
//   POST /v3/transactionalSMS/send (and the older /v3/transactionalSMS/sms)   Brevo's API
//   GET  /                                   the page of received messages
//   GET  /_inbox/messages?recipient=         the same as JSON (tests)
//   DELETE /_inbox/messages                  empties the inbox
//   PUT  /_inbox/outage {"mode": "up" | "down" | "slow", "delayMs"?}   a gateway that fails (503) or is slow
import crypto from "node:crypto";
import http from "node:http";
import { checkSmsRequest, smsCount, type BrevoError } from "./brevo.js";
import { inboxPage, type ReceivedSms } from "./page.js";

export type Outage = { mode: "up" | "down" | "slow"; delayMs: number };

export interface SmsInbox {
  server: http.Server;
  messages: ReceivedSms[];
  outage: Outage;
}

/** At most this many messages are kept (the oldest go). */
const KEPT = 1_000;
const SEND_PATHS = new Set(["/v3/transactionalSMS/send", "/v3/transactionalSMS/sms"]);

const sha256 = (value: string) => crypto.createHash("sha256").update(value).digest();

/** The api-key header compared in constant time (hashes of equal length). */
export function sameKey(given: string | string[] | undefined, expected: string): boolean {
  return typeof given === "string" && crypto.timingSafeEqual(sha256(given), sha256(expected));
}

function json(response: http.ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  response.end(JSON.stringify(body));
}

async function readJson(request: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) throw new Error("too large");
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

export function createSmsInbox(options: { apiKey: string }): SmsInbox {
  const inbox: SmsInbox = { server: undefined as unknown as http.Server, messages: [], outage: { mode: "up", delayMs: 0 } };
  let next = 1;
  inbox.server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    try {
      if (request.method === "POST" && SEND_PATHS.has(url.pathname)) {
        if (!sameKey(request.headers["api-key"], options.apiKey))
          return json(response, 401, { code: "unauthorized", message: "Key not found" } satisfies BrevoError);
        if (inbox.outage.mode === "down") return json(response, 503, { code: "service_unavailable", message: "SMS service temporarily unavailable" });
        if (inbox.outage.mode === "slow") await new Promise((resolve) => setTimeout(resolve, inbox.outage.delayMs));
        let body: unknown;
        try {
          body = await readJson(request);
        } catch {
          return json(response, 400, { code: "invalid_parameter", message: "Request body must be JSON" });
        }
        const checked = checkSmsRequest(body);
        if ("error" in checked) return json(response, 400, checked.error);
        const { sender, recipient, content, tag } = checked.request;
        inbox.messages.push({ id: next, receivedAt: new Date().toISOString(), sender, recipient, content, ...(tag && { tag }) });
        if (inbox.messages.length > KEPT) inbox.messages.shift();
        const count = smsCount(content);
        return json(response, 201, {
          reference: crypto.randomBytes(10).toString("hex"),
          messageId: next++,
          smsCount: count,
          usedCredits: count,
          remainingCredits: 1_000_000,
        });
      }
      if (request.method === "GET" && url.pathname === "/") {
        response.writeHead(200, {
          "content-type": "text/html; charset=utf-8",
          "cache-control": "no-store",
          "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
        });
        return response.end(inboxPage(inbox.messages));
      }
      if (url.pathname === "/_inbox/messages" && request.method === "GET") {
        const recipient = url.searchParams.get("recipient");
        return json(response, 200, { items: inbox.messages.filter((message) => !recipient || message.recipient === recipient.replace(/^\+/, "")) });
      }
      if (url.pathname === "/_inbox/messages" && request.method === "DELETE") {
        inbox.messages.length = 0;
        response.writeHead(204).end();
        return;
      }
      if (url.pathname === "/_inbox/outage" && request.method === "PUT") {
        const body = (await readJson(request)) as Partial<Outage>;
        if (body.mode !== "up" && body.mode !== "down" && body.mode !== "slow")
          return json(response, 400, { code: "invalid_parameter", message: "mode: up, down or slow" });
        inbox.outage = { mode: body.mode, delayMs: Math.min(Math.max(Number(body.delayMs) || 0, 0), 60_000) };
        return json(response, 200, inbox.outage);
      }
      if (url.pathname === "/_inbox/healthz") return json(response, 200, { status: "UP" });
      json(response, 404, { code: "not_found", message: "Unknown path" });
    } catch {
      if (!response.headersSent) json(response, 400, { code: "invalid_parameter", message: "Bad request" });
    }
  });
  return inbox;
}
