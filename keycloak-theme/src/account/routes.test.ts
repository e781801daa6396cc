// The routes of Mon compte, including the links of the access-request and invitation emails.
import { hrefFor, isAccessPage, isAdminPage, isSignInOptional, parseRoute, type Page } from "./routes";

test("the link of an access-request email opens the requests of that application and company", () => {
  expect(parseRoute({ search: "?application=soffi&siret=34981259400050", hash: "#/acces/demandes" })).toEqual({
    page: "access-requests",
    application: "soffi",
    siret: "34981259400050",
  });
  expect(parseRoute({ search: "", hash: "#/acces" }).page).toBe("access-users");
  expect(parseRoute({ search: "", hash: "#/demandes/" }).page).toBe("requests");
  // Anything else is the home page.
  expect(parseRoute({ search: "", hash: "" }).page).toBe("applications");
  expect(parseRoute({ search: "", hash: "#/inconnu" }).page).toBe("applications");
});

test("routes keep the managed pair only on the access pages, and Keycloak's other parameters", () => {
  const here = { pathname: "/realms/efp/account/", search: "?application=soffi&siret=34981259400050&kc_locale=fr" };
  expect(hrefFor({ page: "access-users", application: "maf", siret: "57206768400017" }, here)).toBe(
    "/realms/efp/account/?kc_locale=fr&application=maf&siret=57206768400017#/acces/utilisateurs",
  );
  expect(hrefFor({ page: "requests", application: "maf", siret: "57206768400017" }, here)).toBe("/realms/efp/account/?kc_locale=fr#/demandes");
  expect(hrefFor({ page: "profile" }, { pathname: "/realms/efp/account/", search: "" })).toBe("/realms/efp/account/#/profil");
  // What a route makes, it reads back.
  const link = hrefFor({ page: "access-requests", application: "soffi", siret: "34981259400050" }, { pathname: "/a/", search: "" });
  const url = new URL(link, "http://localhost");
  expect(parseRoute({ search: url.search, hash: url.hash })).toEqual({ page: "access-requests", application: "soffi", siret: "34981259400050" });
});

test("the invitations tab is one of the access pages, with the managed pair", () => {
  expect(parseRoute({ search: "?application=soffi&siret=34981259400050", hash: "#/acces/invitations" })).toEqual({
    page: "access-invitations",
    application: "soffi",
    siret: "34981259400050",
  });
  expect(isAccessPage("access-invitations")).toBe(true);
  expect(hrefFor({ page: "access-invitations", application: "maf", siret: "57206768400017" }, { pathname: "/realms/efp/account/", search: "" })).toBe(
    "/realms/efp/account/?application=maf&siret=57206768400017#/acces/invitations",
  );
  expect(isSignInOptional("access-invitations")).toBe(false);
});

test("the link of an invitation email: token and address read from the fragment, never written back", () => {
  const token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE";
  const hash = `#/invitation?token=${token}&email=marie.durand%40exemple.fr`;
  expect(parseRoute({ search: "", hash })).toEqual({
    page: "invitation",
    application: undefined,
    siret: undefined,
    invitation: { token, email: "marie.durand@exemple.fr" },
  });
  // Without an address (a link cut short), the token alone; without a token, no invitation.
  expect(parseRoute({ search: "", hash: `#/invitation?token=${token}` }).invitation).toEqual({ token, email: undefined });
  expect(parseRoute({ search: "", hash: "#/invitation" })).toEqual({ page: "invitation", application: undefined, siret: undefined });
  expect(parseRoute({ search: "", hash: "#/invitation?email=a%40b.fr" }).invitation).toBeUndefined();
  // Only the invitation page may be seen before signing in.
  expect(isSignInOptional("invitation")).toBe(true);
  expect((["applications", "requests", "profile", "access-users", "access-requests"] as const).some(isSignInOptional)).toBe(false);
  // The page drops the token from the address bar once used: the route it writes has none.
  expect(
    hrefFor({ page: "invitation", invitation: { token, email: "marie.durand@exemple.fr" } }, { pathname: "/realms/efp/account/", search: "?kc_locale=fr" }),
  ).toBe("/realms/efp/account/?kc_locale=fr#/invitation");
  // A query in another page's fragment does not make it unknown.
  expect(parseRoute({ search: "", hash: "#/profil?x=1" }).page).toBe("profile");
});

test("EFP ADMIN: the user search lives in the list's address, the account shown in its page's", () => {
  const here = { pathname: "/realms/efp/account/", search: "?kc_locale=en" };
  const list = hrefFor({ page: "admin-users", search: { q: "dupont & fils", status: "disabled", first: "20", kind: "" } }, here);
  expect(list).toBe("/realms/efp/account/?kc_locale=en#/admin/utilisateurs?q=dupont+%26+fils&status=disabled&first=20");
  const url = new URL(list, "http://localhost");
  expect(parseRoute({ search: url.search, hash: url.hash })).toEqual({
    page: "admin-users",
    application: undefined,
    siret: undefined,
    search: { q: "dupont & fils", status: "disabled", first: "20" },
  });
  expect(parseRoute({ search: "", hash: "#/admin/nouveau-compte" }).page).toBe("admin-new-user");
  expect(hrefFor({ page: "admin-new-user" }, here)).toBe("/realms/efp/account/?kc_locale=en#/admin/nouveau-compte");
  // Unknown keys are dropped; "#/admin" alone is the list.
  expect(parseRoute({ search: "", hash: "#/admin/utilisateurs?x=1&sort=email" }).search).toEqual({ sort: "email" });
  expect(parseRoute({ search: "", hash: "#/admin" }).page).toBe("admin-users");
  const userId = "6c8a2f4e-0f59-4d7e-9f3a-2b1c0d9e8f7a";
  const page = hrefFor({ page: "admin-user", userId }, here);
  expect(page).toBe(`/realms/efp/account/?kc_locale=en#/admin/utilisateur?id=${userId}`);
  expect(parseRoute({ search: "", hash: new URL(page, "http://localhost").hash })).toMatchObject({ page: "admin-user", userId });
  expect(parseRoute({ search: "", hash: "#/admin/utilisateur" }).userId).toBeUndefined();
  expect(isAdminPage("admin-user") && isAdminPage("admin-users") && isAdminPage("admin-journal") && !isAdminPage("access-users")).toBe(true);
  expect(isSignInOptional("admin-users")).toBe(false);
});

test("EFP ADMIN's journal keeps its filters in the address; unknown keys are dropped", () => {
  const here = { pathname: "/realms/efp/account/", search: "" };
  const href = hrefFor({ page: "admin-journal", journal: { action: "HABILITATION_GRANTED", from: "2026-05-01", actor: "a&b@exemple.fr", user: "" } }, here);
  expect(href).toBe("/realms/efp/account/#/admin/journal?actor=a%26b%40exemple.fr&action=HABILITATION_GRANTED&from=2026-05-01");
  expect(parseRoute({ search: "", hash: new URL(href, "http://localhost").hash })).toEqual({
    page: "admin-journal",
    application: undefined,
    siret: undefined,
    journal: { actor: "a&b@exemple.fr", action: "HABILITATION_GRANTED", from: "2026-05-01" },
  });
  expect(parseRoute({ search: "", hash: "#/admin/journal?x=1&to=2026-05-31" }).journal).toEqual({ to: "2026-05-31" });
  expect(parseRoute({ search: "", hash: "#/admin/journal" })).toMatchObject({ page: "admin-journal", journal: {} });
});

test("EFP ADMIN's RA codes keep their application and filters in the address", () => {
  const here = { pathname: "/realms/efp/account/", search: "" };
  const href = hrefFor({ page: "admin-ra-codes", raCodes: { application: "maf", status: "used", company: "", first: "50" } }, here);
  expect(href).toBe("/realms/efp/account/#/admin/codes-ra?application=maf&status=used&first=50");
  expect(parseRoute({ search: "", hash: "#/admin/codes-ra?application=maf&status=used&first=50&x=1" })).toEqual({
    page: "admin-ra-codes",
    application: undefined,
    siret: undefined,
    raCodes: { application: "maf", status: "used", first: "50" },
  });
  expect(parseRoute({ search: "", hash: "#/admin/codes-ra" })).toMatchObject({ page: "admin-ra-codes", raCodes: {} });
  expect(isAdminPage("admin-ra-codes")).toBe(true);
});

test("EFP ADMIN's applications: the list, an application's page by its clientId, the creation form", () => {
  const here = { pathname: "/realms/efp/account/", search: "" };
  expect(hrefFor({ page: "admin-applications" }, here)).toBe("/realms/efp/account/#/admin/applications");
  expect(hrefFor({ page: "admin-new-application" }, here)).toBe("/realms/efp/account/#/admin/nouvelle-application");
  const page = hrefFor({ page: "admin-application", clientId: "mon-service" }, here);
  expect(page).toBe("/realms/efp/account/#/admin/application?id=mon-service");
  expect(parseRoute({ search: "", hash: "#/admin/application?id=mon-service" })).toMatchObject({ page: "admin-application", clientId: "mon-service" });
  expect(parseRoute({ search: "", hash: "#/admin/application" }).clientId).toBeUndefined();
  expect(["admin-applications", "admin-application", "admin-new-application"].every((candidate) => isAdminPage(candidate as Page))).toBe(true);
});
