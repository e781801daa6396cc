// The captchetat provider end to end: Keycloak calls a local server that follows CaptchEtat's
// published API (OAuth client credentials on PISTE, image, sound, validation); the browser only
// talks to Keycloak.
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { submitLogin } from "../support/login-page.js";
import { CAPTCHA_PROVIDER_ATTRIBUTE, setRealmAttributes } from "../support/realm-attributes.js";

const context = testContext();
const freshPage = useFreshPage();

// Needs the fake that jest's own stack starts; an external stack has none.
(context.fakeCaptchEtatUrl ? describe : describe.skip)("CAPTCHA from CaptchEtat", () => {
  let restore: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    restore = await setRealmAttributes({ [CAPTCHA_PROVIDER_ATTRIBUTE]: "captchetat" });
  });
  afterAll(() => restore?.());

  test("image and sound come through Keycloak, the right answer logs in, a wrong one does not", async () => {
    const page = freshPage();
    await page.goto(context.demoAppUrl);
    await page.click("#login");
    await page.waitForSelector("[name=captcha_answer]");
    const imageUrl = (await page.locator("img[src*='/efp-captcha/']").getAttribute("src"))!;
    expect(imageUrl.startsWith(context.keycloakUrl)).toBe(true);
    const image = await fetch(imageUrl);
    expect(image.headers.get("content-type")).toBe("image/png");
    const audio = await fetch(imageUrl.replace(/\/image$/, "/audio"));
    expect(audio.status).toBe(200);
    expect(
      Buffer.from(await audio.arrayBuffer())
        .subarray(0, 4)
        .toString("ascii"),
    ).toBe("RIFF");

    await submitLogin(page, { ...context.user, captcha: "FAUX00" });
    await page.waitForSelector("[name=captcha_answer]");
    expect(await page.locator(".fr-error-text, .fr-message--error").allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/code de sécurité/i)]),
    );

    const answer = await (await fetch(`${context.fakeCaptchEtatUrl}/test/latest-answer`)).text();
    await submitLogin(page, { ...context.user, captcha: answer });
    await page.waitForURL(`${context.demoAppUrl}/`);
  });
});
