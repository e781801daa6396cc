// The efp-access API ("Mon compte"'s API) called with a person's own token, as the page does:
// the tests check what the screens did against what the API then says.
import { testContext } from "./context.js";
import { personToken } from "./person-token.js";

export async function accessApiAs<T>(email: string, method: string, path: string, body?: unknown): Promise<T> {
  const context = testContext();
  const response = await fetch(`${context.keycloakUrl}/realms/${context.realm}/efp-access/${path}`, {
    method,
    headers: { authorization: `Bearer ${await personToken(email)}`, accept: "application/json", ...(body !== undefined && { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} efp-access/${path} : ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
