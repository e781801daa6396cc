// The SMS gateway (issue 16's second factor by SMS) against the local SMS inbox, through a real
// Keycloak: the extension's Brevo adapter speaks Brevo's transactional SMS API to the inbox the
// stack started. A gateway that is down or too slow is an outage the caller is told about (the
// second factor will then offer email); the message's text is never written in Keycloak's log.
import fs from "node:fs";
import path from "node:path";
import { testContext } from "../support/context.js";
import { createPerson, personToken } from "../support/efp-admin.js";

const context = testContext();
const inbox = context.smsInboxUrl!;
const CODE = `${Math.floor(100000 + Math.random() * 900000)}`;
let administrator: string;

beforeAll(async () => {
  administrator = await personToken((await createPerson("sms-administrateur", ["efp-administrator"])).email);
});

type Sent = { status: number; reference?: string; kind?: string; error?: string };
/** The test jar's hook (efp-testing/sms): one message through the server's SMS gateway. */
async function send(to: string, text: string, token = administrator): Promise<Sent> {
  const response = await fetch(`${context.keycloakUrl}/realms/${context.realm}/efp-testing/sms`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ to, text }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}
const received = async (recipient: string) =>
  ((await (await fetch(`${inbox}/_inbox/messages?recipient=${encodeURIComponent(recipient)}`)).json()) as { items: { sender: string; content: string }[] })
    .items;
const outage = (mode: "up" | "down" | "slow", delayMs = 0) =>
  fetch(`${inbox}/_inbox/outage`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ mode, delayMs }) });

afterAll(() => outage("up"));

test("a message sent through Keycloak's gateway arrives in the inbox, from EFP Connect, to the number without its plus", async () => {
  const number = `+336${CODE}12`;
  const answer = await send(number, `Votre code EFP Connect : ${CODE}`);
  expect(answer).toMatchObject({ status: 200, reference: expect.stringMatching(/^[0-9a-f]{20}$/) });
  expect(await received(number)).toEqual([expect.objectContaining({ sender: "EFPConnect", content: `Votre code EFP Connect : ${CODE}` })]);
  // The page shows it too (the inbox people read in dev).
  expect(await (await fetch(inbox)).text()).toContain(`Votre code EFP Connect : ${CODE}`);
});

test("down, then too slow, the gateway is an outage (nothing received); back, it sends again; the text is never logged", async () => {
  const number = `+336${CODE}34`;
  await outage("down");
  expect(await send(number, `Code ${CODE} (panne)`)).toMatchObject({ status: 502, kind: "UNAVAILABLE" });
  await outage("slow", 2_500);
  const slow = await send(number, `Code ${CODE} (lent)`);
  expect(slow).toMatchObject({ status: 502, kind: "UNAVAILABLE" });
  await outage("up");
  expect(await send(number, `Code ${CODE} (retour)`)).toMatchObject({ status: 200, reference: expect.any(String) });
  // The slow one may land after Keycloak gave up: never counted as sent; the outage's never arrives.
  const texts = (await received(number)).map((message) => message.content);
  expect(texts).toContain(`Code ${CODE} (retour)`);
  expect(texts).not.toContain(`Code ${CODE} (panne)`);
  const logFile = path.join(import.meta.dirname, "..", "..", ".cache", "logs", `keycloak-test${context.database === "postgres" ? "-pg" : ""}.log`);
  if (fs.existsSync(logFile)) expect(fs.readFileSync(logFile, "utf8")).not.toContain(CODE);
});

test("the test endpoint is the administrators' only, and a number that is not E.164 is refused", async () => {
  const plain = await personToken((await createPerson("sms-simple")).email);
  expect(await send("+33612345678", "x", plain)).toMatchObject({ status: 403 });
  expect(await send("0612345678", "x")).toMatchObject({ status: 400, error: "invalid_number" });
  expect(await received("33612345678")).toEqual([]);
});
