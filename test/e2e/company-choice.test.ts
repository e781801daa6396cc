// An application asking for the scope efp-company gets one company in its tokens; a
// person holding several picks it on a DSFR page, keyboard only, which axe finds no serious
// fault with, in French by default and in English on request.
import { HABILITATIONS_MAPPER } from "@efp/provisioning";
import type { Page } from "playwright-core";
import { adminClient } from "../support/admin.js";
import { seriousViolations } from "../support/axe.js";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { administratorApi, claims, createPerson, freshSiret, PERSON_PASSWORD } from "../support/efp-admin.js";
import { submitLogin } from "../support/login-page.js";

const context = testContext();
const freshPage = useFreshPage();
const suffix = `${Date.now() % 1e8}`;
const CALLBACK = "http://127.0.0.1:65001/efp-company-callback";
const APP = { clientId: `choix-${suffix}`, name: `CHOIX ${suffix}` };
// More companies than the page shows at once (20): the filter is offered.
const COMPANIES = Array.from({ length: 23 }, (_, index) => ({ siret: freshSiret(), name: `ETABLISSEMENT CHOIX ${String(index).padStart(2, "0")}` }));
const admin = administratorApi();
let person: { id: string; email: string };

beforeAll(async () => {
  const kc = await adminClient();
  await kc.clients.create({
    realm: context.realm,
    clientId: APP.clientId,
    name: APP.name,
    publicClient: true,
    standardFlowEnabled: true,
    redirectUris: [CALLBACK],
    attributes: { "efp.application": "true", "efp.display-name": APP.name, "pkce.code.challenge.method": "" },
  });
  const [client] = await kc.clients.find({ realm: context.realm, clientId: APP.clientId });
  // Roles as `efp apply` writes them: the French label as description, the English one as an attribute.
  for (const [name, fr, en] of [
    ["lecteur", "Lecteur", "Reader"],
    ["redacteur", "Rédacteur", "Editor"],
  ])
    await kc.clients.createRole({ realm: context.realm, id: client.id!, name, description: fr, attributes: { "efp.description.en": [en] } });
  // As `efp apply` does for every application: the mapper and the optional scope.
  await kc.clients.addProtocolMapper({ realm: context.realm, id: client.id! }, HABILITATIONS_MAPPER);
  const scope = await kc.clientScopes.findOneByName({ realm: context.realm, name: "efp-company" });
  await kc.clients.addOptionalClientScope({ realm: context.realm, id: client.id!, clientScopeId: scope!.id! });
  person = await createPerson("choix");
  for (const [index, company] of COMPANIES.entries()) {
    await admin.request("POST", "companies", { siret: company.siret, name: company.name });
    await admin.request("POST", "habilitations", {
      user: person.email,
      application: APP.clientId,
      company: company.siret,
      roles: [index === 17 ? "redacteur" : "lecteur"],
    });
  }
}, 120_000);

/** Opens the application with the company scope and signs in; `code` resolves once the callback is reached. */
async function openApplication(page: Page, locale?: string): Promise<{ code: Promise<string> }> {
  const code = new Promise<string>((resolve) => {
    void page.route(`${CALLBACK}**`, (route) => {
      resolve(new URL(route.request().url()).searchParams.get("code") ?? "");
      void route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><html lang=fr><title>ok</title><h1 id=arrived>arrivé</h1></html>" });
    });
  });
  const authorize = new URL(`${context.keycloakUrl}/realms/${context.realm}/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({
    client_id: APP.clientId,
    redirect_uri: CALLBACK,
    response_type: "code",
    scope: "openid efp-company",
    state: "s",
    ...(locale && { ui_locales: locale }),
  }).toString();
  await page.goto(authorize.toString());
  await submitLogin(page, { email: person.email, password: PERSON_PASSWORD });
  await page.waitForSelector("#efp-company-choice", { timeout: 20_000 });
  // Wrapped: an async function returning a promise would wait for it.
  return { code };
}

async function tabTo(page: Page, id: string) {
  for (let presses = 0; presses < 60; presses++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`#${id} jamais atteint au clavier`);
}

test("several companies: the person filters and picks one with the keyboard; the token names only that one", async () => {
  const page = freshPage();
  const { code } = await openApplication(page);
  expect(await page.textContent("h1")).toBe(`Pour quel établissement agissez-vous sur ${APP.name} ?`);
  expect(await page.getAttribute("html", "lang")).toBe("fr");
  expect(await page.textContent("#efp-company-count")).toBe(`20 établissements affichés sur ${COMPANIES.length} : précisez votre recherche`);
  expect(await seriousViolations(page)).toEqual([]);

  const wanted = COMPANIES[17];
  await tabTo(page, "query");
  await page.keyboard.type(wanted.siret.slice(0, 9));
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll("#efp-company-choice input[type=radio]").length === 1);
  expect(await page.textContent("#efp-company-count")).toBe(`1 établissement affiché sur ${COMPANIES.length}`);
  expect(await page.textContent(`label[for="company-${wanted.siret}"]`)).toContain(wanted.name);
  // The role as people read it (its label), not its name in the token.
  expect(await page.textContent(`label[for="company-${wanted.siret}"]`)).toContain("Rédacteur");
  expect(await seriousViolations(page)).toEqual([]);
  await tabTo(page, `company-${wanted.siret}`);
  expect(await page.isChecked(`#company-${wanted.siret}`)).toBe(true);
  await tabTo(page, "efp-company-submit");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#arrived", { timeout: 15_000 });

  const response = await fetch(`${context.keycloakUrl}/realms/${context.realm}/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "authorization_code", code: await code, redirect_uri: CALLBACK, client_id: APP.clientId }),
  });
  const tokens = (await response.json()) as { access_token: string; id_token: string };
  expect(response.status).toBe(200);
  expect(claims(tokens.id_token).efp_company).toBe(wanted.siret);
  expect(claims(tokens.access_token).efp_habilitations).toEqual([
    { siret: wanted.siret, company: wanted.name, roles: ["redacteur"], access_manager: false, third_party: false },
  ]);
}, 120_000);

test("the page in English, accessible too", async () => {
  const page = freshPage();
  await new Promise((resolve) => setTimeout(resolve, 1_200)); // one sign-in per second per account
  await openApplication(page, "en");
  expect(await page.textContent("h1")).toBe(`Which establishment are you acting for on ${APP.name}?`);
  expect(await page.getAttribute("html", "lang")).toBe("en");
  expect(await page.textContent("#efp-company-submit")).toBe("Continue with this establishment");
  expect(await page.textContent("#efp-company-choice")).toContain("Reader");
  expect(await page.textContent("#efp-company-choice")).not.toContain("Lecteur");
  expect(await seriousViolations(page)).toEqual([]);
}, 120_000);
