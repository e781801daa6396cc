import type { Page } from "playwright-core";

/**
 * One page as an attacker can see it: the HTML Keycloak sent, the DOM once the theme rendered
 * it, and the kcContext the page was built from.
 */
export interface PageSnapshot {
  html: string;
  dom: string;
  kcContext: string;
}

/**
 * Runs `act` (a click that submits or navigates), waits for `readySelector` on the page that
 * answers, and takes its snapshot. The HTML is the body of the last document response.
 */
export async function snapshotAfter(page: Page, act: () => Promise<unknown>, readySelector: string): Promise<PageSnapshot> {
  let last: Promise<string> | undefined;
  const onResponse = (response: import("playwright-core").Response) => {
    if (response.request().resourceType() === "document" && response.status() === 200) last = response.text();
  };
  page.on("response", onResponse);
  try {
    await page.evaluate(() => ((window as unknown as { efpOldPage: boolean }).efpOldPage = true));
    await act();
    await page.waitForFunction(
      (selector) => !(window as unknown as { efpOldPage?: boolean }).efpOldPage && document.querySelector(selector) !== null,
      readySelector,
    );
    await page.waitForLoadState("networkidle");
    // The DSFR's script starts once the page is painted and opens its collapsibles over 500 ms
    // (class fr-collapsing): the page is compared once it has settled.
    await page.waitForFunction(() => document.documentElement.getAttribute("data-fr-js") === "true" && document.querySelector(".fr-collapsing") === null);
  } finally {
    page.off("response", onResponse);
  }
  if (!last) throw new Error("aucune page HTML reçue");
  return {
    html: await last,
    dom: await page.content(),
    kcContext: await page.evaluate(() => JSON.stringify((window as unknown as { kcContext: unknown }).kcContext, null, 1)),
  };
}

/**
 * Takes out of a snapshot what differs between any two requests, whoever the account: the
 * authentication session, its hash and its tab, the one-time session code, the client data of the
 * authorization request, the CAPTCHA challenge id. And puts a placeholder where the page
 * repeats what the person typed (`typed`: value → placeholder). Each rule matches one named
 * thing, so anything else that differs still fails the comparison.
 */
export function normalised(snapshot: PageSnapshot, typed: Record<string, string>): PageSnapshot {
  const clean = (text: string) => {
    let out = text;
    for (const [value, placeholder] of Object.entries(typed)) out = out.split(value).join(placeholder);
    return out
      .replace(/([?&;]session_code=)[A-Za-z0-9_-]+/g, "$1<session_code>")
      .replace(/([?&;]tab_id=)[A-Za-z0-9_-]+/g, "$1<tab_id>")
      .replace(/([?&;]client_data=)[A-Za-z0-9_=%-]+/g, "$1<client_data>")
      .replace(/("authSessionId"\s*:\s*")[^"]+"/g, '$1<authSessionId>"')
      .replace(/("tabId"\s*:\s*")[^"]+"/g, '$1<tabId>"')
      .replace(/("authSessionIdHash"\s*:\s*")[^"]+"/g, '$1<authSessionIdHash>"')
      .replace(/(checkAuthSession\(")[A-Za-z0-9+/=_-]+("\))/g, "$1<authSessionIdHash>$2")
      .replace(/(efp-captcha\/)[A-Za-z0-9_-]{16,128}(\/)/g, "$1<captcha>$2")
      .replace(/("captcha"\s*:\s*\{[^}]*?"id"\s*:\s*")[A-Za-z0-9_-]{24}(")/g, "$1<captcha>$2")
      .replace(/(name="captcha_id"[^>]*value=")[A-Za-z0-9_-]{24}(")/g, "$1<captcha>$2")
      .replace(/(value=")[A-Za-z0-9_-]{24}("[^>]*name="captcha_id")/g, "$1<captcha>$2");
  };
  return { html: clean(snapshot.html), dom: clean(snapshot.dom), kcContext: clean(snapshot.kcContext) };
}
