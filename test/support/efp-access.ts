// The efp-access API ("Mon compte"'s API) called with a person's own token, as the page does:
// the tests check what the screens did against what the API then says.
import { apiRoot, createCaller } from "@efp/contract";
import { testContext } from "./context.js";
import { personToken } from "./person-token.js";

export async function accessApiAs<T>(email: string, method: string, path: string, body?: unknown): Promise<T> {
  const context = testContext();
  return createCaller({ root: apiRoot(context.keycloakUrl, context.realm, "efp-access"), token: () => personToken(email) })<T>(method, path, body);
}
