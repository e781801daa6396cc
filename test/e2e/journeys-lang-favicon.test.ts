// The Marianne favicon (issue 13, item 11): a browser asks every site for /favicon.ico before it
// reads the page. Keycloak (the extension jar's META-INF/resources) and the demo application
// answer it with the DSFR's icon, and the pages name their icon (<link rel=icon>).
import fs from "node:fs";
import path from "node:path";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { REPO_ROOT } from "../../scripts/src/paths.js";

const context = testContext();
const freshPage = useFreshPage();
const DSFR_FAVICON = fs.readFileSync(path.join(REPO_ROOT, "node_modules", "@codegouvfr", "react-dsfr", "favicon", "favicon.ico"));

test.each([
  ["Keycloak", () => `${context.keycloakUrl}/favicon.ico`],
  ["the demo application", () => `${context.demoAppUrl}/favicon.ico`],
])("%s answers /favicon.ico with the DSFR's icon", async (_, url) => {
  const response = await fetch(url());
  expect({ status: response.status, type: response.headers.get("content-type") }).toEqual({ status: 200, type: "image/x-icon" });
  expect(Buffer.from(await response.arrayBuffer()).equals(DSFR_FAVICON)).toBe(true);
});

test("the demo application's page and the login page name an icon the browser can load", async () => {
  const page = freshPage();
  const failed: string[] = [];
  page.on("response", (response) => {
    if (/favicon/.test(response.url()) && response.status() !== 200) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(context.demoAppUrl);
  const demoIcon = await page.locator("link[rel=icon]").first().getAttribute("href");
  const svg = await page.request.get(new URL(demoIcon!, context.demoAppUrl).href);
  expect({ status: svg.status(), type: svg.headers()["content-type"] }).toEqual({ status: 200, type: "image/svg+xml" });
  await page.click("#login");
  await page.waitForSelector("#kc-login");
  const loginIcon = await page.locator("link[rel=icon]").first().getAttribute("href");
  const fromKeycloak = await page.request.get(new URL(loginIcon!, page.url()).href);
  expect(fromKeycloak.status()).toBe(200);
  expect(fromKeycloak.headers()["content-type"]).toMatch(/^image\//);
  expect(failed).toEqual([]);
});
