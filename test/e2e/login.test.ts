// A newcomer's first login: the demo app (a real OIDC relying party) sends the browser to our
// DSFR login page in Keycloak, the user logs in, and comes back with a verified ID token.
import { createRemoteJWKSet, jwtVerify } from "jose";
import type { Page } from "playwright-core";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { submitLogin } from "../support/login-page.js";

const freshPage = useFreshPage();

async function claimsOf(page: Page, tableId: string): Promise<Record<string, string>> {
  const rows = await page.locator(`#${tableId} tbody tr`).all();
  const claims: Record<string, string> = {};
  for (const row of rows) claims[(await row.locator("th").innerText()).trim()] = (await row.locator("td").innerText()).trim();
  return claims;
}

test("logs in through the themed page and comes back with an ID token for SOFFI", async () => {
  const page = freshPage();
  const { demoAppUrl, keycloakUrl, realm, user } = testContext();
  await page.goto(demoAppUrl);
  await page.click("#login");

  // Our theme, not Keycloak's: DSFR header and the French title.
  await page.waitForURL(new RegExp(`^${keycloakUrl}/realms/${realm}/protocol/openid-connect/auth`));
  await page.locator("header.fr-header").waitFor({ state: "visible" });
  expect(await page.locator("h1").innerText()).toMatch(/Je m'identifie avec mon compte EFP Connect/);
  expect(await page.locator("html").getAttribute("lang")).toBe("fr");

  await submitLogin(page, user);

  await page.waitForURL(`${demoAppUrl}/`);
  expect(await page.locator("#user-name").innerText()).toBe(`${user.firstName} ${user.lastName}`);
  const id = await claimsOf(page, "id-token-claims");
  expect(id.iss).toBe(`${keycloakUrl}/realms/${realm}`);
  expect(id.aud).toBe("soffi");
  expect(id.email).toBe(user.email);
  expect(id.azp).toBe("soffi");
  // Independently of the demo app: the raw ID token is signed by the realm's key, for SOFFI.
  const raw = await page.locator("#raw-id-token").textContent();
  const jwks = createRemoteJWKSet(new URL(`${keycloakUrl}/realms/${realm}/protocol/openid-connect/certs`));
  const { payload, protectedHeader } = await jwtVerify(raw!.trim(), jwks, { issuer: id.iss, audience: "soffi" });
  expect(protectedHeader.alg).toBe("RS256");
  expect(payload.email).toBe(user.email);
  expect(payload.nonce).toEqual(expect.any(String));
  const access = await claimsOf(page, "access-token-claims");
  expect(access.iss).toBe(id.iss);
  expect(access.sub).toBe(id.sub);
});

test("a wrong password keeps the user on the login page with one alert and no token", async () => {
  const page = freshPage();
  const { demoAppUrl, user } = testContext();
  await page.goto(demoAppUrl);
  await page.click("#login");
  await submitLogin(page, { email: user.email, password: "pas-le-bon-mot-de-passe" });

  const alert = page.locator(".fr-alert--error");
  await alert.first().waitFor({ state: "visible" });
  expect(await alert.count()).toBe(1);
  expect(await alert.innerText()).toMatch(/invalide|incorrect/i);
  expect(new URL(page.url()).origin).not.toBe(new URL(demoAppUrl).origin);
  expect(await page.inputValue("#username")).toBe(user.email);
});
