import { accountRoot, realmEndpoints, realmUrl, registrationUrl, silentCheckUrl } from "./endpoints";

test("the realm's endpoints, whatever the base address looks like", () => {
  expect(realmUrl("https://sso.example/", "efp")).toBe("https://sso.example/realms/efp");
  expect(realmUrl("https://sso.example/auth", "efp")).toBe("https://sso.example/auth/realms/efp");
  expect(realmEndpoints("https://sso.example/realms/efp/")).toEqual({
    issuer: "https://sso.example/realms/efp",
    authorization_endpoint: "https://sso.example/realms/efp/protocol/openid-connect/auth",
    token_endpoint: "https://sso.example/realms/efp/protocol/openid-connect/token",
    end_session_endpoint: "https://sso.example/realms/efp/protocol/openid-connect/logout",
    userinfo_endpoint: "https://sso.example/realms/efp/protocol/openid-connect/userinfo",
  });
});

test("account creation takes the authorization request's parameters, on the registrations endpoint", () => {
  expect(registrationUrl("https://sso.example/realms/efp/protocol/openid-connect/auth?client_id=account-console&state=s&login_hint=a%40b.fr")).toBe(
    "https://sso.example/realms/efp/protocol/openid-connect/registrations?client_id=account-console&state=s&login_hint=a%40b.fr",
  );
  expect(() => registrationUrl("https://sso.example/realms/efp/protocol/openid-connect/token")).toThrow(/inattendue/);
});

test("the silent check comes back to Mon compte, from any of its pages", () => {
  expect(accountRoot("https://sso.example/realms/efp/account/?application=soffi#/acces")).toBe("https://sso.example/realms/efp/account/");
  expect(accountRoot("https://sso.example/realms/efp/account/invitation/x")).toBe("https://sso.example/realms/efp/account/");
  expect(accountRoot("https://sso.example/realms/efp/account")).toBe("https://sso.example/realms/efp/account/");
  expect(silentCheckUrl("https://sso.example/realms/efp/account/")).toBe("https://sso.example/realms/efp/account/silent-check-sso");
  expect(silentCheckUrl("https://sso.example/realms/efp/account")).toBe("https://sso.example/realms/efp/account/silent-check-sso");
});
