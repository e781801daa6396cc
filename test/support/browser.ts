import { chromium, type Browser, type Page } from "playwright-core";

// Debian's Chromium, never a downloaded one. The flags keep it off the (closed) network.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * One Chromium per suite and a fresh French-speaking context (no cookies) per test. Returns a
 * getter because the page only exists once the hooks ran.
 */
/**
 * The page of the current test, in a browser context of its own (no cookie from another test).
 * `another()` opens one more page in yet another context, for a second person in the same test.
 */
export function useFreshPage(): (() => Page) & { another: () => Promise<Page> } {
  let browser: Browser;
  let page: Page;
  const extra: Page[] = [];
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
    await Promise.all(extra.splice(0).map((other) => other.context().close()));
  });
  return Object.assign(() => page, {
    another: async () => {
      const other = await (await browser.newContext({ locale: "fr-FR" })).newPage();
      extra.push(other);
      return other;
    },
  });
}
