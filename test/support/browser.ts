import { chromium, type Browser, type Page } from "playwright-core";

// Debian's Chromium, never a downloaded one. The flags keep it off the (closed) network.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * One Chromium per suite and a fresh French-speaking context (no cookies) per test. Returns a
 * getter because the page only exists once the hooks ran.
 */
export function useFreshPage(): () => Page {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  });
  afterEach(async () => {
    await page.context().close();
  });
  return () => page;
}
