import {
  CookieJar,
  htmlForms,
  htmlUnescape,
  identityProviderForm,
  kcContextString,
  loginFormFor,
  pageIdOf,
  pkcePair,
  realmOfUrl,
  redirectOutcome,
  samlPostForm,
} from "./http-login.js";

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

test("CookieJar sends each realm its own cookies of the same name, as a browser does", () => {
  const jar = new CookieJar();
  const response = (...cookies: string[]) => {
    const headers = new Headers();
    for (const cookie of cookies) headers.append("set-cookie", cookie);
    return new Response(null, { headers });
  };
  jar.store(response("AUTH_SESSION_ID=efp1; Path=/realms/efp/; HttpOnly", "KC_RESTART=r1; Path=/realms/efp/"));
  jar.store(response("AUTH_SESSION_ID=adfs1; Path=/realms/adfs-hydre/; HttpOnly", "KC_RESTART=r2; Path=/realms/adfs-hydre/", "lang=fr; Path=/"));
  expect(jar.header("http://127.0.0.1:8080/realms/efp/broker/hydre/endpoint")).toBe("AUTH_SESSION_ID=efp1; KC_RESTART=r1; lang=fr");
  expect(jar.header("http://127.0.0.1:8080/realms/adfs-hydre/protocol/saml")).toBe("AUTH_SESSION_ID=adfs1; KC_RESTART=r2; lang=fr");
  // A cookie of /realms/efp/ does not go to another realm whose name starts the same.
  expect(jar.header("http://127.0.0.1:8080/realms/efp-autre/account")).toBe("lang=fr");
  jar.store(response("AUTH_SESSION_ID=; Max-Age=0; Path=/realms/adfs-hydre/"));
  expect(jar.header("http://127.0.0.1:8080/realms/adfs-hydre/x")).toBe("KC_RESTART=r2; lang=fr");
  expect(jar.header("http://127.0.0.1:8080/realms/efp/x")).toBe("AUTH_SESSION_ID=efp1; KC_RESTART=r1; lang=fr");
});

test("htmlUnescape: the references an attribute value carries", () => {
  expect(htmlUnescape("a?x=1&amp;y=&quot;2&quot;&#x2F;&#47;&lt;&gt;&apos;&nbsp;")).toBe(`a?x=1&y="2"//<>'&nbsp;`);
});

describe("the forms of pages that are not our theme's", () => {
  // Keycloak's saml-post-form.ftl, as the SAML HTTP-POST binding writes it.
  const samlPage = (field: "SAMLRequest" | "SAMLResponse") => `<!DOCTYPE html><html><body onload="document.forms[0].submit()">
    <form name="saml-post-binding" method="post" action="http://127.0.0.1:8080/realms/efp/broker/hydre/endpoint?a=1&amp;b=2">
        <input type="hidden" name="${field}" value="PHNhbWxwOlJlc3BvbnNlIC8+"/>
        <input type="hidden" name="RelayState" value="ab.cd&#x2d;ef"/>
        <noscript><p>JavaScript désactivé.</p><input type="submit" value="Continuer"/></noscript>
    </form></body></html>`;

  test("samlPostForm: the plain HTML form of a request or a response, the submit button left out", () => {
    for (const field of ["SAMLRequest", "SAMLResponse"] as const) {
      const form = samlPostForm(samlPage(field))!;
      expect(form.action).toBe("http://127.0.0.1:8080/realms/efp/broker/hydre/endpoint?a=1&b=2");
      expect(Object.fromEntries(form.fields)).toEqual({ [field]: "PHNhbWxwOlJlc3BvbnNlIC8+", RelayState: "ab.cd-ef" });
    }
  });

  test("samlPostForm: the samlPost a Keycloakify theme carries in its kcContext", () => {
    // As Keycloakify's FreeMarker writes it: a JavaScript object, with the bean's class in a comment and trailing commas.
    const html = `<script>const kcContext = {
    "templateName": "saml-post-form.ftl",
    "samlPost": {
        /* class: org.keycloak.forms.login.freemarker.model.SAMLPostFormBean */
        "SAMLRequest": "UkVR",
        "url": "http://h/realms/adfs-hydre/protocol/saml",
        "relayState": "st.\\u002d",
    },
    "pageId": "saml-post-form.ftl",
};</script>`;
    const form = samlPostForm(html)!;
    expect(form.action).toBe("http://h/realms/adfs-hydre/protocol/saml");
    expect(Object.fromEntries(form.fields)).toEqual({ SAMLRequest: "UkVR", RelayState: "st.-" });
  });

  test("samlPostForm: any other page is none", () => {
    expect(samlPostForm(page({ pageId: "login.ftl", url: { loginAction: "/x" } }))).toBeUndefined();
    expect(samlPostForm(`<form action="/x"><input name="username"></form>`)).toBeUndefined();
  });

  // A stock Keycloak sign-in page (the stand-in ADFS): the login hint in the identifier.
  const signIn = `<html><body>
    <form id="kc-locale" action="/realms/adfs-hydre/locale"><input type="radio" name="lang" value="fr"><input type="radio" name="lang" value="en" checked></form>
    <form id="kc-form-login" onsubmit="login.disabled = true; return true;" action='http://h/realms/adfs-hydre/login-actions/authenticate?session_code=s&amp;execution=e&amp;client_id=c&amp;tab_id=t' method="post" novalidate="novalidate">
      <input tabindex="1" id="username" class="pf-c-form-control" name="username" value="banc-agent-0" type="text" autofocus autocomplete="off">
      <input tabindex="2" id="password" class="pf-c-form-control" name="password" type="password" autocomplete="off">
      <input type="checkbox" id="rememberMe" name="rememberMe">
      <input type="hidden" id="id-hidden-input" name="credentialId"/>
      <button tabindex="4" name="login" id="kc-login" type="submit">Se connecter</button>
    </form></body></html>`;

  test("htmlForms: each form with its action and the fields it would send (checked boxes only)", () => {
    const [locale, login] = htmlForms(signIn);
    expect([locale.id, locale.action, Object.fromEntries(locale.fields)]).toEqual(["kc-locale", "/realms/adfs-hydre/locale", { lang: "en" }]);
    expect(login.action).toBe("http://h/realms/adfs-hydre/login-actions/authenticate?session_code=s&execution=e&client_id=c&tab_id=t");
    expect(Object.fromEntries(login.fields)).toEqual({ username: "banc-agent-0", password: "", credentialId: "" });
  });

  test("identityProviderForm: the form with a password field, filled", () => {
    const form = identityProviderForm(signIn, { username: "banc-agent-0", password: "Secret-2026" })!;
    expect(form.id).toBe("kc-form-login");
    expect(Object.fromEntries(form.fields)).toEqual({ username: "banc-agent-0", password: "Secret-2026", credentialId: "" });
    expect(identityProviderForm(samlPage("SAMLResponse"), { username: "a", password: "b" })).toBeUndefined();
  });

  test("identityProviderForm: a Keycloakify sign-in page, from its kcContext", () => {
    const form = identityProviderForm(page({ pageId: "login.ftl", url: { loginAction: "http://h/realms/adfs-hydre/login-actions/authenticate?x=1" } }), {
      username: "banc-agent-0",
      password: "Secret-2026",
    })!;
    expect(form.action).toBe("http://h/realms/adfs-hydre/login-actions/authenticate?x=1");
    expect(Object.fromEntries(form.fields)).toEqual({ username: "banc-agent-0", password: "Secret-2026", credentialId: "" });
    expect(identityProviderForm(page({ pageId: "login-reset-password.ftl", url: { loginAction: "/x" } }), { username: "a", password: "b" })).toBeUndefined();
  });
});

test("realmOfUrl: the realm a Keycloak address is under", () => {
  expect(realmOfUrl("http://h:8080/realms/adfs-hydre/protocol/saml")).toBe("adfs-hydre");
  expect(realmOfUrl("http://h:8080/realms/efp")).toBe("efp");
  expect(realmOfUrl("http://127.0.0.1:9/bench?code=x")).toBe("");
});

describe("kcContextString", () => {
  test("a French message escaped the way the page's script escapes it (\\') is read, not a crash", () => {
    const html = `<script>const kcContext = { "message": { "summary": "vous n\\'avez pas été redirigé \\"ici\\" \\\\' fin" } };</script>`;
    expect(kcContextString(html, "summary")).toBe(`vous n'avez pas été redirigé "ici" \\' fin`);
    expect(kcContextString(html, "absent")).toBeUndefined();
  });
});
