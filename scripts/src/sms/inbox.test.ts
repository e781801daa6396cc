import type { AddressInfo } from "node:net";
import { createSmsInbox, sameKey, type SmsInbox } from "./inbox.js";
import { shownNumber } from "./page.js";

const KEY = "xkeysib-local-test";
let inbox: SmsInbox;
let base: string;

beforeAll(async () => {
  inbox = createSmsInbox({ apiKey: KEY });
  await new Promise<void>((resolve) => inbox.server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(inbox.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => inbox.server.close(resolve)));
beforeEach(() => fetch(`${base}/_inbox/messages`, { method: "DELETE" }));

const send = (body: unknown, key = KEY, path = "/v3/transactionalSMS/send") =>
  fetch(`${base}${path}`, {
    method: "POST",
    headers: { "api-key": key, "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(body),
  });
const received = async (recipient?: string) =>
  (
    (await (await fetch(`${base}/_inbox/messages${recipient ? `?recipient=${encodeURIComponent(recipient)}` : ""}`)).json()) as {
      items: { recipient: string; content: string }[];
    }
  ).items;
const SMS = { sender: "EFPConnect", recipient: "33612345678", content: "Votre code EFP Connect : 482913", type: "transactional" };

describe("the local SMS inbox speaks Brevo's transactional SMS API", () => {
  it("keeps a message sent with the right key and answers as Brevo does", async () => {
    const answer = await send(SMS);
    expect(answer.status).toBe(201);
    expect(await answer.json()).toMatchObject({ reference: expect.stringMatching(/^[0-9a-f]{20}$/), messageId: expect.any(Number), smsCount: 1 });
    expect((await send(SMS, KEY, "/v3/transactionalSMS/sms")).status).toBe(201);
    expect((await received("+33612345678")).map((message) => message.content)).toEqual([SMS.content, SMS.content]);
    expect(await received("33700000000")).toEqual([]);
  });

  it("refuses a wrong key (401), a bad request (400) and keeps nothing of them", async () => {
    const refused = await send(SMS, "xkeysib-wrong");
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ code: "unauthorized", message: "Key not found" });
    const invalid = await send({ ...SMS, recipient: "06 12 34 56 78" });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ code: "invalid_parameter" });
    const notJson = await fetch(`${base}/v3/transactionalSMS/send`, { method: "POST", headers: { "api-key": KEY }, body: "{" });
    expect(notJson.status).toBe(400);
    expect(await received()).toEqual([]);
    expect(sameKey(undefined, KEY)).toBe(false);
    expect(sameKey([KEY], KEY)).toBe(false);
  });

  it("plays a gateway that is down (503, nothing kept) or slow, then back", async () => {
    const put = (body: unknown) =>
      fetch(`${base}/_inbox/outage`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect((await put({ mode: "down" })).status).toBe(200);
    expect((await send(SMS)).status).toBe(503);
    expect(await received()).toEqual([]);
    await put({ mode: "slow", delayMs: 300 });
    const started = Date.now();
    expect((await send(SMS)).status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect((await put({ mode: "sideways" })).status).toBe(400);
    await put({ mode: "up" });
    expect((await send(SMS)).status).toBe(201);
    expect(await received()).toHaveLength(2);
  });

  it("shows the messages in a French page, newest first, every text escaped", async () => {
    const empty = await (await fetch(base)).text();
    expect(empty).toContain(`<html lang="fr">`);
    expect(empty).toContain("Aucun SMS reçu");
    await send({ ...SMS, content: "premier" });
    await send({ ...SMS, recipient: "447700900123", content: `<img src=x onerror="alert(1)"> second` });
    const page = await fetch(base);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; second");
    expect(html.indexOf("second")).toBeLessThan(html.indexOf("premier"));
    expect(html).toContain("+33 6 12 34 56 78");
    expect(shownNumber("447700900123")).toBe("+447700900123");
  });
});
