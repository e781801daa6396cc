// The SAML assertions of the ministry's ADFS are trusted only as signed: a real round trip through
// the stand-in ADFS (realm adfs-hydre / adfs-polaris of the test Keycloak), whose answer is
// changed on its way to EFP Connect's broker endpoint, as an attacker between the agent's browser
// and EFP Connect would. Each altered answer must end on our error page, in French, and create
// nothing: no account, no link to the identity provider, no session.
import { randomUUID } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { Page, Route } from "playwright-core";
import { adminClient } from "../support/admin.js";
import { HYDRE, POLARIS, STAND_IN_AGENT_PASSWORD, newStandInAgent, type StandIn } from "../support/adfs-agents.js";
import { seriousViolations } from "../support/axe.js";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { waitForAccessGate } from "../support/login-page.js";

const context = testContext();
const freshPage = useFreshPage();
const suffix = `${Date.now() % 1e8}`;

/** A new agent in the stand-in ADFS's directory, as its administrators would add one. */
const newAdfsAgent = (standIn: StandIn, label: string, structure?: string) => newStandInAgent(standIn, `${label}${suffix}`, { lastName: label, structure });

/** The SAML answer the ADFS's page posts to EFP Connect's broker endpoint, decoded. */
type Posted = { form: URLSearchParams; xml: string };

/**
 * Sends the agent to the ADFS through our login form, signs in there, and hands the answer it
 * posts back to `alter` before it reaches EFP Connect. Returns the answer as the ADFS sent it.
 */
async function signInThrough(page: Page, standIn: StandIn, login: string, alter: (posted: Posted) => string | undefined): Promise<Posted> {
  let captured: Posted | undefined;
  await page.route(`**/realms/${context.realm}/broker/${standIn.provider}/endpoint**`, async (route: Route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    const form = new URLSearchParams(request.postData() ?? "");
    const response = form.get("SAMLResponse");
    if (!response) return route.continue();
    captured = { form, xml: Buffer.from(response, "base64").toString("utf8") };
    const xml = alter(captured);
    if (xml === undefined) return route.continue();
    const altered = new URLSearchParams(form);
    altered.set("SAMLResponse", Buffer.from(xml, "utf8").toString("base64"));
    return route.continue({ postData: altered.toString() });
  });
  await page.goto(context.demoAppUrl);
  await page.click("#login");
  await page.fill("#username", `${standIn.provider}\\${login}`);
  await page.click("#kc-login");
  await page.waitForURL(new RegExp(`/realms/${standIn.realm}/`), { timeout: 15_000 });
  await page.fill("#password", STAND_IN_AGENT_PASSWORD);
  await page.click("#kc-login");
  await page.waitForLoadState("load");
  for (let waited = 0; captured === undefined && waited < 15_000; waited += 100) await page.waitForTimeout(100);
  if (captured === undefined) throw new Error(`aucune réponse SAML postée par ${standIn.realm}`);
  return captured;
}

const BAD_SIGNATURE = "La réponse du service d'authentification du ministère n'a pas pu être vérifiée : sa signature n'est pas valide.";
const BAD_REQUEST = "Cette demande de connexion n'est pas valide, a expiré ou a déjà été utilisée.";

/** The page after a refused answer: ours (DSFR), in French, saying why, with a way to sign in again. */
async function expectRefusedPage(page: Page, why: string) {
  await page.waitForSelector("#kc-error-message, .fr-alert--error", { timeout: 15_000 });
  expect(new URL(page.url()).pathname).toContain(`/realms/${context.realm}/`);
  expect(await page.getAttribute("html", "lang")).toBe("fr");
  const text = await page.locator("main").innerText();
  expect(text).toContain(why);
  expect(text).not.toMatch(/exception|stack|java\.|org\.keycloak/i);
  // Offers to try again: back to the application when Keycloak still knows it, Mon compte (our login page) always.
  expect(await page.locator("#efp-way-out-account").getAttribute("href")).toBe(`${context.keycloakUrl}/realms/${context.realm}/account`);
  expect(await seriousViolations(page)).toEqual([]);
}

/** Nothing was created in EFP Connect for that agent: no account with its email, none linked to its id. */
async function expectNothingCreated(standIn: StandIn, agent: { email: string; objectGUID: string }) {
  const kc = await adminClient();
  expect(await kc.users.find({ realm: context.realm, email: agent.email, exact: true })).toEqual([]);
  const linked = await kc.users.find({ realm: context.realm, idpAlias: standIn.provider, idpUserId: agent.objectGUID } as never);
  expect(linked).toEqual([]);
}

/** Whether the stand-in checks the signature of EFP Connect's requests; returns how to put it back. */
async function requestSignatureChecked(standIn: StandIn, checked: boolean): Promise<() => Promise<void>> {
  const kc = await adminClient();
  const [client] = await kc.clients.find({ realm: standIn.realm, clientId: `${context.keycloakUrl.replace(/\/$/, "")}/realms/${context.realm}` });
  const found = client ?? (await kc.clients.find({ realm: standIn.realm })).find((candidate) => candidate.protocol === "saml");
  if (!found?.id) throw new Error(`client SAML introuvable dans ${standIn.realm}`);
  const before = found.attributes?.["saml.client.signature"];
  await kc.clients.update({ realm: standIn.realm, id: found.id }, { ...found, attributes: { ...found.attributes, "saml.client.signature": String(checked) } });
  return async () => {
    const now = await kc.clients.findOne({ realm: standIn.realm, id: found.id! });
    await kc.clients.update(
      { realm: standIn.realm, id: found.id! },
      { ...now, attributes: { ...now?.attributes, "saml.client.signature": before ?? "false" } },
    );
  };
}

const restorers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const restore of restorers.splice(0)) await restore();
});

const signatureRemoved = (xml: string) => xml.replace(/<(\w+:)?Signature\b[\s\S]*?<\/(\w+:)?Signature>/g, "");

test("the signed answer reaches EFP Connect signed twice (the response and its assertion), with the agent's objectGUID as persistent NameID", async () => {
  const agent = await newAdfsAgent(HYDRE, "secsigne");
  const page = freshPage();
  // Left as it is: the agent comes in (the access gate), which proves the tests below change only what they say.
  const posted = await signInThrough(page, HYDRE, agent.login, () => undefined);
  expect(posted.xml.match(/<(\w+:)?Signature\b/g)?.length).toBeGreaterThanOrEqual(2);
  expect(posted.xml).toContain(agent.objectGUID);
  expect(posted.xml).toContain("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent");
  await waitForAccessGate(page);
  const kc = await adminClient();
  expect(await kc.users.find({ realm: context.realm, email: agent.email, exact: true })).toHaveLength(1);
});

test("a NameID changed after signing (another agent's objectGUID) is refused: error page, nothing created", async () => {
  const agent = await newAdfsAgent(HYDRE, "secnameid");
  const page = freshPage();
  const other = randomUUID();
  await signInThrough(page, HYDRE, agent.login, ({ xml }) => {
    expect(xml).toContain(agent.objectGUID);
    return xml.split(agent.objectGUID).join(other);
  });
  await expectRefusedPage(page, BAD_SIGNATURE);
  await expectNothingCreated(HYDRE, agent);
  await expectNothingCreated(HYDRE, { email: agent.email, objectGUID: other });
});

test("a structure attribute changed after signing (polaris) is refused: error page, nothing created", async () => {
  const agent = await newAdfsAgent(POLARIS, "secstructure", "DREETS Auvergne-Rhône-Alpes");
  const page = freshPage();
  await signInThrough(page, POLARIS, agent.login, ({ xml }) => {
    expect(xml).toContain("DREETS Auvergne-Rhône-Alpes");
    return xml.split("DREETS Auvergne-Rhône-Alpes").join("DRIEETS Île-de-France");
  });
  await expectRefusedPage(page, BAD_SIGNATURE);
  await expectNothingCreated(POLARIS, agent);
});

test("an answer stripped of its signatures is refused: error page, nothing created", async () => {
  const agent = await newAdfsAgent(HYDRE, "secnonsigne");
  const page = freshPage();
  await signInThrough(page, HYDRE, agent.login, ({ xml }) => {
    const stripped = signatureRemoved(xml);
    expect(stripped).not.toMatch(/<(\w+:)?Signature\b/);
    return stripped;
  });
  await expectRefusedPage(page, BAD_SIGNATURE);
  await expectNothingCreated(HYDRE, agent);
});

test("an answer replayed in another browser (captured from a first sign-in) is refused: no session for the replayer", async () => {
  const agent = await newAdfsAgent(HYDRE, "secrejeu");
  const victim = freshPage();
  const first = await signInThrough(victim, HYDRE, agent.login, () => undefined);
  await waitForAccessGate(victim);

  // Another agent signs in at the ADFS as themselves and, on the way back, posts the captured answer instead of theirs.
  const mallory = await newAdfsAgent(HYDRE, "secattaquant");
  const attacker = await freshPage.another();
  await signInThrough(attacker, HYDRE, mallory.login, () => first.xml);
  await expectRefusedPage(attacker, BAD_REQUEST);
  await expectNothingCreated(HYDRE, mallory);
  const cookies = await attacker.context().cookies();
  // Signed in at the ADFS as themselves (its own cookie), never in EFP Connect.
  expect(
    cookies.filter((cookie) => /^KEYCLOAK_IDENTITY/.test(cookie.name) && cookie.value !== "" && cookie.path.startsWith(`/realms/${context.realm}/`)),
  ).toEqual([]);
});

test("an error answered by the ADFS (it cannot sign the agent in) ends on our login page, in French, ready to try again; nothing created", async () => {
  const agent = await newAdfsAgent(HYDRE, "secerreur");
  const page = freshPage();
  // EFP Connect signs its requests, and the stand-in checks them: for this test only, the stand-in
  // accepts an unsigned one (a setting of the ADFS, not of EFP Connect), so that the request can be changed.
  restorers.push(await requestSignatureChecked(HYDRE, false));
  // EFP Connect's request asks the ADFS not to show its login page (IsPassive): with no session
  // there, the ADFS answers, signed, that it cannot sign the agent in, as a failing ADFS would.
  let altered = false;
  await page.route(`**/realms/${HYDRE.realm}/protocol/saml*`, (route) => {
    const request = route.request();
    const passive = (xml: string) => signatureRemoved(xml).replace(/<(\w+:)?AuthnRequest\b/, (tag) => `${tag} IsPassive="true"`);
    // The realm's broker posts its request (POST binding: base64); the redirect binding deflates it too.
    if (request.method() === "POST") {
      const form = new URLSearchParams(request.postData() ?? "");
      const samlRequest = form.get("SAMLRequest");
      if (!samlRequest) return route.continue();
      form.set("SAMLRequest", Buffer.from(passive(Buffer.from(samlRequest, "base64").toString("utf8")), "utf8").toString("base64"));
      altered = true;
      return route.continue({ postData: form.toString() });
    }
    const url = new URL(request.url());
    const samlRequest = url.searchParams.get("SAMLRequest");
    if (!samlRequest) return route.continue();
    const xml = inflateRawSync(Buffer.from(samlRequest, "base64")).toString("utf8");
    url.searchParams.set("SAMLRequest", deflateRawSync(Buffer.from(passive(xml), "utf8")).toString("base64"));
    // The redirect binding signs the query, not the XML.
    url.searchParams.delete("Signature");
    url.searchParams.delete("SigAlg");
    altered = true;
    return route.continue({ url: url.toString() });
  });
  await page.goto(context.demoAppUrl);
  await page.click("#login");
  await page.fill("#username", `hydre\\${agent.login}`);
  await page.click("#kc-login");
  await page.waitForURL(new RegExp(`/realms/${context.realm}/(login-actions|broker)/`), { timeout: 15_000 });
  await page.waitForSelector(".fr-alert--error", { timeout: 15_000 });
  expect(altered).toBe(true);
  expect(await page.getAttribute("html", "lang")).toBe("fr");
  const text = await page.locator("main").innerText();
  expect(text).toContain("Le service d'authentification du ministère n'a pas pu vous connecter.");
  expect(text).not.toMatch(/exception|stack|java\.|org\.keycloak/i);
  expect(await seriousViolations(page)).toEqual([]);
  await expectNothingCreated(HYDRE, agent);

  // Trying again from that very page reaches the ADFS's login page: the field still holds what the agent typed.
  expect(await page.inputValue("#username")).toBe(`hydre\\${agent.login}`);
  await page.unrouteAll();
  await page.click("#kc-login");
  await page.waitForURL(new RegExp(`/realms/${HYDRE.realm}/`), { timeout: 15_000 });
  await page.waitForSelector("#password");
});
