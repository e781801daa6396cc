// Pending access requests are made the way people make them: through the access gate that ends
// every login to an EFP application without a habilitation ("Vous n'avez pas accès au service
// numérique X"), in a browser. Never written into the database by the tests.
import type { Browser } from "playwright-core";
import { testContext } from "./context.js";
import { submitLogin } from "./login-page.js";

/**
 * Logs `email` in to the SOFFI demo app, which stops at the gate (no habilitation), finds the
 * company by its SIRET in the directory and sends the request, in a browser context of its own.
 */
export async function requestAccessThroughGate(browser: Browser, request: { email: string; password: string; siret: string; description?: string }) {
  const context = await browser.newContext({ locale: "fr-FR" });
  try {
    const page = await context.newPage();
    await page.goto(testContext().demoAppUrl);
    await page.click("#login");
    await page.waitForSelector("#username");
    await submitLogin(page, request);
    await page.waitForSelector("#efp-gate-search", { timeout: 15_000 });
    await page.fill("#query", request.siret);
    await page.click("#efp-search");
    await page.waitForSelector(`#siret-${request.siret}`);
    await page.check(`#siret-${request.siret}`, { force: true });
    if (request.description !== undefined) await page.fill("#description", request.description);
    await page.click("#efp-request-submit");
    await page.waitForSelector("#efp-gate-message");
    const message = await page.textContent("#efp-gate-message");
    if (!message?.includes("transmise")) throw new Error(`la porte d'accès n'a pas transmis la demande : ${message}`);
  } finally {
    await context.close();
  }
}
