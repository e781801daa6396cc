import { adminClient } from "./admin.js";
import { testContext } from "./context.js";

/**
 * Enables a required action of the realm (the stock ones this realm leaves disabled, such as
 * UPDATE_EMAIL) for one test; returns what puts it back.
 */
export async function enableRequiredAction(alias: string): Promise<() => Promise<void>> {
  const kc = await adminClient();
  const { realm } = testContext();
  const action = await kc.authenticationManagement.getRequiredActionForAlias({ realm, alias });
  if (action.enabled) return async () => {};
  await kc.authenticationManagement.updateRequiredAction({ realm, alias }, { ...action, enabled: true });
  return async () => {
    await kc.authenticationManagement.updateRequiredAction({ realm, alias }, { ...action, enabled: false });
  };
}
