// Acting on DSFR form controls in Chromium the way a person does.
import type { Page } from "playwright-core";

/**
 * Ticks a DSFR checkbox or radio: its label covers the native box and is what a person clicks.
 * The click waits until the label is visible, stable and receives the click (nothing over it),
 * then the box must be ticked.
 */
export async function tick(page: Page, selector: string) {
  const id = await page.locator(selector).getAttribute("id");
  if (!id) throw new Error(`case à cocher sans id : ${selector}`);
  await page.locator(`label[for="${id}"]`).click();
  await page.waitForFunction((wanted) => (document.getElementById(wanted) as HTMLInputElement | null)?.checked === true, id, { timeout: 10_000 });
}
