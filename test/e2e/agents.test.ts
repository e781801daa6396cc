// Ministry agents through a real SAML identity provider: the realms adfs-hydre and adfs-polaris
// of the test Keycloak play the ministry's ADFS (signed assertions, ADFS claim names). An agent
// types hydre\login on SOFFI's login page, goes straight to that IdP (no password, no CAPTCHA of
// ours), and comes back as an agent account of their ministerial structure, with no form.
import { randomUUID } from "node:crypto";
import http from "node:http";
import net from "node:net";
import type { Page } from "playwright-core";
import { loadRealmConfig } from "@efp/provisioning";
import { REALM_CONFIG_DIR } from "../../scripts/src/paths.js";
import { adminClient } from "../support/admin.js";
import { HYDRE, newStandInAgent } from "../support/adfs-agents.js";
import { seriousViolations } from "../support/axe.js";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { submitLogin, waitForAccessGate } from "../support/login-page.js";
import { normalised, snapshotAfter } from "../support/page-snapshot.js";

const context = testContext();
const freshPage = useFreshPage();
const suffix = `${Date.now() % 1e8}`;
const config = loadRealmConfig(REALM_CONFIG_DIR, "test", { KEYCLOAK_URL: context.keycloakUrl });
const standIn = (realm: string) => config.adfsStandIns.find((candidate) => candidate.realm === realm)!;
const hydreAgent = standIn("adfs-hydre").agents.find((agent) => agent.login === "agent")!;
const polarisAgent = standIn("adfs-polaris").agents.find((agent) => agent.login === "agent")!;

/** Types `identifier` alone in our login form (no password, no CAPTCHA) from SOFFI's demo app. */
async function typeIdentifier(page: Page, identifier: string) {
  await page.goto(context.demoAppUrl);
  await page.click("#login");
  await page.waitForSelector("#username");
  await page.fill("#username", identifier);
  await page.click("#kc-login");
}

/** On the stand-in ADFS's own login page, reached with the Windows login as hint. */
async function signInAtAdfs(page: Page, realm: string, login: string, password: string) {
  await page.waitForURL(new RegExp(`/realms/${realm}/`), { timeout: 15_000 });
  await page.waitForSelector("#password");
  expect(await page.inputValue("#username")).toBe(login);
  // Our CAPTCHA never shows at the ADFS.
  expect(await page.locator("[name=captcha_answer]").count()).toBe(0);
  await page.fill("#password", password);
  await page.click("#kc-login");
}

async function efpUser(email: string) {
  const kc = await adminClient();
  const [user] = await kc.users.find({ realm: context.realm, email, exact: true });
  return user;
}

async function structuresOf(userId: string): Promise<string[]> {
  const kc = await adminClient();
  const organizations = await kc.organizations.memberOrganizations({ realm: context.realm, userId } as never);
  return (organizations as { alias?: string }[]).map((organization) => organization.alias!).sort();
}

async function adfsUser(realm: string, login: string) {
  const kc = await adminClient();
  const [user] = await kc.users.find({ realm, username: login, exact: true });
  return user;
}

test("hydre\\agent: straight to the hydre ADFS, back as an agent of the DGEFP, no form, then the access gate", async () => {
  const page = freshPage();
  const atAdfs = await adfsUser("adfs-hydre", hydreAgent.login);
  await typeIdentifier(page, "hydre\\agent");
  await signInAtAdfs(page, "adfs-hydre", "agent", hydreAgent.password);
  await waitForAccessGate(page);

  const user = await efpUser(atAdfs.email!);
  expect(user).toBeDefined();
  expect(user.attributes?.["efp.user-kind"]).toEqual(["agent"]);
  expect(user.attributes?.["efp.agent-id"]).toEqual([`hydre:${hydreAgent.id}`]);
  expect([user.firstName, user.lastName, user.email]).toEqual([atAdfs.firstName, atAdfs.lastName, atAdfs.email]);
  expect(await structuresOf(user.id!)).toEqual(["DGEFP"]);
  const kc = await adminClient();
  const links = await kc.users.listFederatedIdentities({ realm: context.realm, id: user.id! });
  expect(links.map((link) => [link.identityProvider, link.userId])).toEqual([["hydre", hydreAgent.id]]);
});

test("POLARIS\\agent (capitals, spaces): member of the DREETS its ADFS names in the structure attribute", async () => {
  const page = freshPage();
  await typeIdentifier(page, " POLARIS \\ agent ");
  await signInAtAdfs(page, "adfs-polaris", "agent", polarisAgent.password);
  await waitForAccessGate(page);

  const user = await efpUser(polarisAgent.email);
  expect(user.attributes?.["efp.user-kind"]).toEqual(["agent"]);
  // "DREETS Auvergne-Rhône-Alpes" as the ADFS sends it, mapped by identity-providers/polaris.yaml.
  expect(await structuresOf(user.id!)).toEqual(["DREETS-ARA"]);
});

test("second login after the ADFS changed the agent's last name and email: updated in EFP Connect", async () => {
  const kc = await adminClient();
  // An agent of its own: the demo agents are shared with the other files.
  const agent = await newStandInAgent(HYDRE, `change${suffix}`);
  let page = freshPage();
  await typeIdentifier(page, `hydre\\${agent.login}`);
  await signInAtAdfs(page, "adfs-hydre", agent.login, agent.password);
  await waitForAccessGate(page);
  const before = await adfsUser("adfs-hydre", agent.login);
  const id = (await efpUser(agent.email)).id!;

  const changed = { lastName: `Hydre-Nouveau${suffix}`, email: `agathe.nouveau.${suffix}@hydre.exemple.fr` };
  await kc.users.update({ realm: "adfs-hydre", id: before.id! }, { ...before, ...changed });

  page = await freshPage.another();
  await typeIdentifier(page, `HYDRE\\${agent.login}`);
  await signInAtAdfs(page, "adfs-hydre", agent.login, agent.password);
  await waitForAccessGate(page);
  const after = await kc.users.findOne({ realm: context.realm, id });
  expect([after!.lastName, after!.email]).toEqual([changed.lastName, changed.email]);
  expect(after!.attributes?.["efp.user-kind"]).toEqual(["agent"]);
  expect(await structuresOf(id)).toEqual(["DGEFP"]);
});

test("keyboard alone: Tab to the identifier, hydre\\agent and Enter, the ADFS's password and Enter, back at the access gate", async () => {
  const page = freshPage();
  await page.goto(context.demoAppUrl);
  await page.click("#login");
  await page.waitForSelector("#username");
  // From the top of the page, Tab reaches the identifier field (skip links, header tools, then the form).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let tabs = 0;
  while (!(await page.evaluate(() => document.activeElement?.id === "username"))) {
    if (++tabs > 30) throw new Error("le champ identifiant n'est pas atteint au clavier");
    await page.keyboard.press("Tab");
  }
  await page.keyboard.type("hydre\\agent");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/realms\/adfs-hydre\//, { timeout: 15_000 });
  await page.waitForSelector("#password");
  // The ADFS's own page (here the stand-in's): Tab to its password field.
  for (let presses = 0; !(await page.evaluate(() => document.activeElement?.id === "password")); presses++) {
    if (presses > 30) throw new Error("le mot de passe de l'ADFS n'est pas atteint au clavier");
    await page.keyboard.press("Tab");
  }
  await page.keyboard.type(hydreAgent.password);
  await page.keyboard.press("Enter");
  await waitForAccessGate(page);
});

test("unknown prefix foo\\bar: a clear error on the same page, nothing sent anywhere", async () => {
  const page = freshPage();
  await typeIdentifier(page, "foo\\bar");
  await page.waitForSelector("#kc-message");
  expect(page.url()).toContain(`/realms/${context.realm}/`);
  const message = await page.locator("#kc-message").innerText();
  expect(message).toContain("« foo » n'est pas un domaine d'agents du ministère");
  expect(message).toContain("le domaine de leur structure (hydre, polaris)");
  expect(await page.inputValue("#username")).toBe("foo\\bar");
  expect(await seriousViolations(page)).toEqual([]);
});

test("an agent who types their ministry address and a password: told how agents sign in, the same page whether the account exists, in French and English", async () => {
  const kc = await adminClient();
  const known = `agent.motdepasse.${suffix}@travail.gouv.fr`;
  const unknown = `agent.absent.${suffix}@travail.gouv.fr`;
  await kc.users.create({
    realm: context.realm,
    username: known,
    email: known,
    firstName: "Agent",
    lastName: "Motdepasse",
    enabled: true,
    emailVerified: true,
    attributes: { "efp.user-kind": ["agent"] },
  });
  const refused = async (page: Page, email: string, english = false) => {
    await page.goto(`${context.demoAppUrl}/login`);
    await page.waitForSelector("#username");
    if (english) {
      // The header's language switch, as a person picks it.
      await page.locator("button.fr-translate:visible").click();
      await page.locator("a.fr-translate__language:visible", { hasText: "English" }).click();
      await page.waitForFunction(() => document.documentElement.lang === "en" && document.querySelector("#username") !== null);
    }
    const snapshot = await snapshotAfter(page, () => submitLogin(page, { email, password: "Un-mot-de-passe-1" }), "#kc-message");
    return { snapshot: normalised(snapshot, { [email]: "<adresse saisie>" }), message: (await page.locator("#kc-message").innerText()).trim() };
  };
  const first = freshPage();
  const forKnown = await refused(first, known);
  const forUnknown = await refused(await freshPage.another(), unknown);
  expect(forKnown.message).toBe(
    "Identifiant ou mot de passe incorrect. Les agents du ministère ne se connectent pas avec leur adresse électronique : saisissez le domaine de votre structure (hydre\\, polaris\\) suivi de votre identifiant Windows, par exemple hydre\\jdupont, puis le mot de passe de votre ordinateur.",
  );
  expect(forUnknown.snapshot.kcContext).toBe(forKnown.snapshot.kcContext);
  expect(forUnknown.snapshot.html).toBe(forKnown.snapshot.html);
  expect(forUnknown.snapshot.dom).toBe(forKnown.snapshot.dom);

  const english = await refused(await freshPage.another(), unknown, true);
  expect(english.message).toContain("Ministry agents do not sign in with their email address: type your structure's domain (hydre\\, polaris\\)");
  // Any other address: Keycloak's refusal as before.
  const other = await refused(await freshPage.another(), `pro.absent.${suffix}@exemple.fr`);
  expect(other.message).toBe(
    "Identifiant ou mot de passe incorrect. Après plusieurs essais infructueux, la connexion à un compte est suspendue quelques minutes.",
  );
  expect(await seriousViolations(first)).toEqual([]);
});

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test("hydre's ADFS down (a gateway's 503, then nothing listening): our login page says so in French, keeps hydre\\agent, and « Se connecter » tries again", async () => {
  const kc = await adminClient();
  const hydre = (await kc.identityProviders.findOne({ realm: context.realm, alias: "hydre" }))!;
  const gateway = http.createServer((_request, response) => response.writeHead(503).end("Service Unavailable"));
  await new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", resolve));
  const pointAt = (address: string) =>
    kc.identityProviders.update({ realm: context.realm, alias: "hydre" }, { ...hydre, config: { ...hydre.config, singleSignOnServiceUrl: address } });
  const page = freshPage();
  const shown: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) shown.push(frame.url());
  });
  try {
    const down = [`http://127.0.0.1:${(gateway.address() as net.AddressInfo).port}/adfs/ls/`, `http://127.0.0.1:${await closedPort()}/adfs/ls/`];
    for (const [index, address] of down.entries()) {
      await pointAt(address);
      if (index === 0) await typeIdentifier(page, "hydre\\agent");
      else await page.click("#kc-login");
      await page.waitForSelector("#kc-message");
      expect(page.url()).toContain(`/realms/${context.realm}/`);
      expect(await page.locator("#kc-message").innerText()).toContain(
        "Le service d'authentification du ministère (Agents DGEFP (hydre)) ne répond pas pour le moment : vous n'avez pas été redirigé.",
      );
      expect(await page.inputValue("#username")).toBe("hydre\\agent");
      expect(await page.locator("html").getAttribute("lang")).toBe("fr");
      expect(await seriousViolations(page)).toEqual([]);
    }
    expect(shown.filter((url) => !url.includes(`/realms/${context.realm}/`) && !url.startsWith(context.demoAppUrl))).toEqual([]);
  } finally {
    await kc.identityProviders.update({ realm: context.realm, alias: "hydre" }, hydre);
    await new Promise((resolve) => gateway.close(resolve));
  }
  // The ADFS is back: one click on « Se connecter » with what is still typed.
  await page.click("#kc-login");
  await signInAtAdfs(page, "adfs-hydre", "agent", hydreAgent.password);
  await waitForAccessGate(page);
});

test("an agent whose email a professional account already uses: refused with a page saying why, nothing linked", async () => {
  const kc = await adminClient();
  const email = `conflit.${suffix}@exemple.fr`;
  const login = `conflit${suffix}`;
  await kc.users.create({ realm: context.realm, username: email, email, firstName: "Pro", lastName: "Fessionnel", enabled: true, emailVerified: true });
  await kc.users.create({
    realm: "adfs-hydre",
    username: login,
    email,
    firstName: "Agent",
    lastName: "Conflit",
    enabled: true,
    emailVerified: true,
    attributes: { objectGUID: [randomUUID()], windowsaccountname: [`HYDRE\\${login}`], upn: [`${login}@hydre.exemple.fr`] },
    credentials: [{ type: "password", value: "Agent-Conflit-2026", temporary: false }],
  });
  const page = freshPage();
  await typeIdentifier(page, `hydre\\${login}`);
  await signInAtAdfs(page, "adfs-hydre", login, "Agent-Conflit-2026");
  await page.waitForSelector("text=Un compte EFP Connect d'usager professionnel utilise déjà", { timeout: 15_000 });
  expect(await seriousViolations(page)).toEqual([]);

  const professional = await efpUser(email);
  expect(professional.attributes?.["efp.user-kind"]).toBeUndefined();
  expect(await kc.users.listFederatedIdentities({ realm: context.realm, id: professional.id! })).toEqual([]);
  // No account was made for the agent either: the only one with that email is the professional's.
  expect((await kc.users.find({ realm: context.realm, email, exact: true })).map((user) => user.id)).toEqual([professional.id]);
  expect(await kc.users.find({ realm: context.realm, lastName: "Conflit", exact: true })).toEqual([]);
});

test("an agent account that carries the agent's immutable id is the one linked, whatever its email said", async () => {
  const kc = await adminClient();
  const guid = randomUUID();
  const login = `connu${suffix}`;
  const oldEmail = `ancien.${suffix}@hydre.exemple.fr`;
  const { id } = await kc.users.create({
    realm: context.realm,
    username: oldEmail,
    email: oldEmail,
    firstName: "Ancien",
    lastName: "Nom",
    enabled: true,
    emailVerified: true,
    attributes: { "efp.user-kind": ["agent"], "efp.agent-id": [`hydre:${guid}`] },
  });
  const email = `connu.${suffix}@hydre.exemple.fr`;
  await kc.users.create({
    realm: "adfs-hydre",
    username: login,
    email,
    firstName: "Connu",
    lastName: "Agent",
    enabled: true,
    emailVerified: true,
    attributes: { objectGUID: [guid], windowsaccountname: [`HYDRE\\${login}`], upn: [`${login}@hydre.exemple.fr`] },
    credentials: [{ type: "password", value: "Agent-Connu-2026", temporary: false }],
  });
  const page = freshPage();
  await typeIdentifier(page, `hydre\\${login}`);
  await signInAtAdfs(page, "adfs-hydre", login, "Agent-Connu-2026");
  await waitForAccessGate(page);

  const linked = await kc.users.listFederatedIdentities({ realm: context.realm, id });
  expect(linked.map((link) => [link.identityProvider, link.userId])).toEqual([["hydre", guid]]);
  const user = await kc.users.findOne({ realm: context.realm, id });
  expect([user!.firstName, user!.lastName, user!.email]).toEqual(["Connu", "Agent", email]);
  expect(await structuresOf(id)).toEqual(["DGEFP"]);
  expect(await kc.users.find({ realm: context.realm, email: oldEmail, exact: true })).toEqual([]);
});

test("professionals see no change: email, password and CAPTCHA, straight to the application", async () => {
  const page = freshPage();
  await page.goto(context.demoAppUrl);
  await page.click("#login");
  await page.waitForSelector("#username");
  await submitLogin(page, context.user);
  await page.waitForURL(`${context.demoAppUrl}/`);
  expect(await page.locator("#user-name").innerText()).toBe(`${context.user.firstName} ${context.user.lastName}`);
});
