import { CookieJar, loginFormFor, pageIdOf, pkcePair, redirectOutcome } from "./http-login.js";

// The shape Keycloakify embeds in every page, reduced to what is read: the context object with
// the template's name ("pageId": "login"), then the id its pages switch on ("login.ftl").
const page = ({ pageId, ...context }: Record<string, unknown>) =>
  `<html><script>const kcContext = ${JSON.stringify({ ...context, pageId: String(pageId).replace(/\.ftl$/, "") }, null, 4)};\nkcContext.pageId = ${JSON.stringify(pageId)};</script></html>`;
const credentials = { username: "marie@exemple.fr", password: "Mot-De-Passe-2026", captchaAnswer: "EFPTEST" };
const fields = (form: URLSearchParams) => Object.fromEntries(form);

describe("loginFormFor: what each login page asks for", () => {
  test("our single page: identifier, password and the CAPTCHA it carries", () => {
    const html = page({ pageId: "login.ftl", url: { loginAction: "/x" }, captcha: { id: "c-42", imageUrl: "/i" } });
    expect(fields(loginFormFor(html, credentials))).toEqual({
      username: "marie@exemple.fr",
      password: "Mot-De-Passe-2026",
      credentialId: "",
      captcha_id: "c-42",
      captcha_answer: "EFPTEST",
    });
  });

  test("Keycloak's classic form (login.ftl without CAPTCHA): no CAPTCHA field", () => {
    expect(fields(loginFormFor(page({ pageId: "login.ftl", url: { loginAction: "/x" } }), credentials))).toEqual({
      username: "marie@exemple.fr",
      password: "Mot-De-Passe-2026",
      credentialId: "",
    });
  });

  test("the stock flow with organizations: the identifier alone, then the password alone", () => {
    expect(fields(loginFormFor(page({ pageId: "login-username.ftl", url: { loginAction: "/x" } }), credentials))).toEqual({ username: "marie@exemple.fr" });
    expect(fields(loginFormFor(page({ pageId: "login-password.ftl", url: { loginAction: "/x" } }), credentials))).toEqual({
      password: "Mot-De-Passe-2026",
      credentialId: "",
    });
  });

  test("any other page is an error naming the page and its message", () => {
    const html = page({
      pageId: "login-update-password.ftl",
      url: { loginAction: "/x" },
      message: { type: "warning", summary: "Vous devez changer votre mot de passe." },
    });
    expect(() => loginFormFor(html, credentials)).toThrow(
      "page inattendue pendant la connexion : login-update-password.ftl (« Vous devez changer votre mot de passe. »)",
    );
    expect(() => loginFormFor("<html>rien</html>", credentials)).toThrow("pas de page du thème");
  });
});

describe("redirectOutcome", () => {
  const base = "http://127.0.0.1:8080";
  const account = `${base}/realms/efp/account/`;

  test("back to the client with the code of this request", () => {
    expect(redirectOutcome(`${account}?state=s1&session_state=x&iss=y&code=abc`, base, account, "s1")).toEqual({ kind: "code", code: "abc" });
    expect(redirectOutcome("http://127.0.0.1:9/bench#state=s1&code=frag", base, "http://127.0.0.1:9/bench", "s1")).toEqual({ kind: "code", code: "frag" });
  });

  test("a redirect URI under Keycloak is not mistaken for a step of the login, and vice versa", () => {
    expect(redirectOutcome("/realms/efp/login-actions/required-action?execution=x", base, account, "s1")).toEqual({
      kind: "follow",
      url: `${base}/realms/efp/login-actions/required-action?execution=x`,
    });
    expect(redirectOutcome(`${base}/realms/efp/account`, base, account, "s1").kind).toBe("follow");
  });

  test("an error, another request's state or no code is an error", () => {
    expect(redirectOutcome(`${account}?error=access_denied&error_description=non&state=s1`, base, account, "s1")).toEqual({
      kind: "error",
      error: "access_denied : non",
    });
    expect(redirectOutcome(`${account}?state=other&code=abc`, base, account, "s1")).toEqual({ kind: "error", error: "state inattendu (other)" });
    expect(redirectOutcome(`${account}?state=s1`, base, account, "s1")).toEqual({ kind: "error", error: "redirection sans code" });
  });
});

test("pageIdOf: the id the theme's pages switch on, or the template's name made one", () => {
  expect(pageIdOf(page({ pageId: "login-username.ftl" }))).toBe("login-username.ftl");
  expect(pageIdOf(`{"pageId": "efp-email-code"}`)).toBe("efp-email-code.ftl");
  expect(pageIdOf("<html></html>")).toBeUndefined();
});

test("pkcePair: the S256 challenge of RFC 7636's example, and a fresh verifier each time", () => {
  expect(pkcePair("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk").challenge).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  const [a, b] = [pkcePair(), pkcePair()];
  expect(a.verifier).not.toBe(b.verifier);
  expect(a.verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
});

test("CookieJar keeps what Keycloak sets and drops what it expires", () => {
  const jar = new CookieJar();
  const response = (...cookies: string[]) => {
    const headers = new Headers();
    for (const cookie of cookies) headers.append("set-cookie", cookie);
    return new Response(null, { headers });
  };
  jar.store(response("AUTH_SESSION_ID=a1; Path=/realms/efp/; HttpOnly", "KC_RESTART=r; Path=/realms/efp/"));
  jar.store(response("KC_RESTART=; Version=1; Expires=Thu, 01-Jan-1970 00:00:10 GMT; Max-Age=0; Path=/realms/efp/", "KEYCLOAK_IDENTITY=id; Path=/realms/efp/"));
  expect(jar.header()).toBe("AUTH_SESSION_ID=a1; KEYCLOAK_IDENTITY=id");
  expect(jar.has("KC_RESTART")).toBe(false);
});
