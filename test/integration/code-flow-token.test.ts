// codeFlowToken (scripts/src/bench/http-login.ts): a person's tokens the way a browser
// application gets them, following the pages each flow shows, against the real Keycloak. The
// bench and the suites take their person tokens this way since direct grants are off.
import crypto from "node:crypto";
import { codeFlowToken, CookieJar } from "../../bench/src/http-login.js";
import { adminClient } from "../support/admin.js";
import { testContext } from "../support/context.js";
import { FIXED_CAPTCHA_ANSWER } from "../support/login-page.js";

const context = testContext();
const suffix = crypto.randomBytes(4).toString("hex");
const username = `code-flow-${suffix}@exemple.fr`;
const account = () => ({
  keycloakUrl: context.keycloakUrl,
  realm: context.realm,
  clientId: "account-console",
  redirectUri: `${context.keycloakUrl}/realms/${context.realm}/account/`,
  username,
  password: context.user.password,
  captchaAnswer: FIXED_CAPTCHA_ANSWER,
});
const claims = (token: string) => JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()) as Record<string, unknown>;
let userId = "";
const stockClient = `code-flow-stock-${suffix}`;
let stockClientId = "";

beforeAll(async () => {
  const kc = await adminClient();
  ({ id: userId } = await kc.users.create({
    realm: context.realm,
    username,
    email: username,
    firstName: "Flux",
    lastName: "Code",
    enabled: true,
    emailVerified: true,
    credentials: [{ type: "password", value: context.user.password, temporary: false }],
  }));
  // A confidential client bound to Keycloak's stock browser flow (identifier, then password).
  const browser = (await kc.authenticationManagement.getFlows({ realm: context.realm })).find((flow) => flow.alias === "browser")!;
  ({ id: stockClientId } = await kc.clients.create({
    realm: context.realm,
    clientId: stockClient,
    publicClient: false,
    secret: `secret-${suffix}`,
    standardFlowEnabled: true,
    directAccessGrantsEnabled: false,
    redirectUris: ["http://127.0.0.1:9/code-flow"],
    authenticationFlowBindingOverrides: { browser: browser.id! },
  }));
});

afterAll(async () => {
  const kc = await adminClient();
  await kc.users.del({ realm: context.realm, id: userId });
  await kc.clients.del({ realm: context.realm, id: stockClientId });
});

test("Mon compte's client through our login page (CAPTCHA): a token of account-console for that person", async () => {
  const tokens = await codeFlowToken({ ...account(), scope: "openid email" });
  expect(claims(tokens.access_token)).toMatchObject({ azp: "account-console", preferred_username: username, email: username });
  expect(tokens.id_token).toBeDefined();
});

test("an SSO cookie in the jar short-circuits the form: no password is checked the second time", async () => {
  const jar = new CookieJar();
  await codeFlowToken({ ...account(), jar });
  expect(jar.has("KEYCLOAK_IDENTITY")).toBe(true);
  // A wrong password would be refused if a form were posted.
  const again = await codeFlowToken({ ...account(), password: "pas-le-bon", jar });
  expect(claims(again.access_token)).toMatchObject({ azp: "account-console", preferred_username: username });
});

test("Keycloak's stock flow (identifier page, then password page) and a confidential client's secret", async () => {
  const tokens = await codeFlowToken({ ...account(), clientId: stockClient, redirectUri: "http://127.0.0.1:9/code-flow", clientSecret: `secret-${suffix}` });
  expect(claims(tokens.access_token)).toMatchObject({ azp: stockClient, preferred_username: username });
  await expect(codeFlowToken({ ...account(), clientId: stockClient, redirectUri: "http://127.0.0.1:9/code-flow", clientSecret: "pas-le-bon" })).rejects.toThrow(
    /échange du code refusé .*unauthorized_client/,
  );
});

test("a wrong password is a refusal that says so, not a token", async () => {
  await new Promise((resolve) => setTimeout(resolve, 1_200)); // brute-force detection's quick-login check
  await expect(codeFlowToken({ ...account(), password: "pas-le-bon" })).rejects.toThrow(/connexion refusée \(HTTP 200, login\.ftl : « .+ »\)/);
});
