import { realmUrlOf, wayOutOf } from "./wayOut";

test("the realm's address, from an absolute or a relative address Keycloak gave", () => {
  const page = "http://localhost:8080/realms/efp/login-actions/required-action?x=1";
  expect(realmUrlOf("http://localhost:8080/realms/efp/login-actions/authenticate?client_id=a", "efp", page)).toBe("http://localhost:8080/realms/efp");
  expect(realmUrlOf("/realms/efp/login-actions/authenticate?client_id=a", "efp", page)).toBe("http://localhost:8080/realms/efp");
  expect(realmUrlOf("/auth/realms/efp/protocol/openid-connect/auth", "efp", page)).toBe("http://localhost:8080/auth/realms/efp");
  expect(realmUrlOf("/resources/abc/login/efp", "efp", page)).toBeUndefined();
  expect(realmUrlOf(undefined, "efp", page)).toBeUndefined();
});

test("no way out on the login page; no second sign-out where the person just signed out", () => {
  expect(wayOutOf("login.ftl")).toBeUndefined();
  expect(wayOutOf("efp-charter-declined.ftl")).toEqual({ signOut: false });
  expect(wayOutOf("logout-confirm.ftl")).toEqual({ signOut: false });
  expect(wayOutOf("info.ftl")).toEqual({ application: false });
  expect(wayOutOf("efp-access-gate.ftl")).toEqual({});
});
