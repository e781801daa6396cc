import { adminClient } from "./admin.js";
import { testContext } from "./context.js";

/**
 * Sets realm attributes for a test and returns what puts the previous values back. The suites
 * share one realm and run one after the other: a test that changes it restores it, in a
 * finally or an afterAll. An attribute the realm did not have comes back as "", which our
 * extension reads as "not set".
 */
export async function setRealmAttributes(attributes: Record<string, string>): Promise<() => Promise<void>> {
  const { realm } = testContext();
  const kc = await adminClient();
  const current = (await kc.realms.findOne({ realm }))?.attributes ?? {};
  const previous = Object.fromEntries(Object.keys(attributes).map((name) => [name, String(current[name] ?? "")]));
  await kc.realms.update({ realm }, { attributes: { ...current, ...attributes } });
  return async () => {
    const now = (await kc.realms.findOne({ realm }))?.attributes ?? {};
    await kc.realms.update({ realm }, { attributes: { ...now, ...previous } });
  };
}

/** Runs `body` with the realm attributes set, and restores them whatever happens. */
export async function withRealmAttributes<T>(attributes: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const restore = await setRealmAttributes(attributes);
  try {
    return await body();
  } finally {
    await restore();
  }
}

/** The realm attribute naming the CAPTCHA provider (CaptchaSettings.PROVIDER_ATTRIBUTE). */
export const CAPTCHA_PROVIDER_ATTRIBUTE = "efp.captcha.provider";
