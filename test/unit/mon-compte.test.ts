// Pure pieces of Mon compte (keycloak-theme/src/account): routes, including the link of the
// access-request email, and how roles, names and last days are shown.
import { dateField, endOfDay, personName, roleLabel } from "../../keycloak-theme/src/account/roles.js";
import { hrefFor, parseRoute } from "../../keycloak-theme/src/account/routes.js";

test("the link of an access-request email opens the requests of that application and company", () => {
  expect(parseRoute({ search: "?application=soffi&siret=34981259400050", hash: "#/acces/demandes" })).toEqual({ page: "access-requests", application: "soffi", siret: "34981259400050" });
  expect(parseRoute({ search: "", hash: "#/acces" }).page).toBe("access-users");
  expect(parseRoute({ search: "", hash: "#/demandes/" }).page).toBe("requests");
  // Anything else is the home page.
  expect(parseRoute({ search: "", hash: "" }).page).toBe("applications");
  expect(parseRoute({ search: "", hash: "#/inconnu" }).page).toBe("applications");
});

test("routes keep the managed pair only on the access pages, and Keycloak's other parameters", () => {
  const here = { pathname: "/realms/efp/account/", search: "?application=soffi&siret=34981259400050&kc_locale=fr" };
  expect(hrefFor({ page: "access-users", application: "maf", siret: "57206768400017" }, here)).toBe("/realms/efp/account/?kc_locale=fr&application=maf&siret=57206768400017#/acces/utilisateurs");
  expect(hrefFor({ page: "requests", application: "maf", siret: "57206768400017" }, here)).toBe("/realms/efp/account/?kc_locale=fr#/demandes");
  expect(hrefFor({ page: "profile" }, { pathname: "/realms/efp/account/", search: "" })).toBe("/realms/efp/account/#/profil");
  // What a route makes, it reads back.
  const link = hrefFor({ page: "access-requests", application: "soffi", siret: "34981259400050" }, { pathname: "/a/", search: "" });
  const url = new URL(link, "http://localhost");
  expect(parseRoute({ search: url.search, hash: url.hash })).toEqual({ page: "access-requests", application: "soffi", siret: "34981259400050" });
});

test("roles, names and last days as people read them", () => {
  expect(roleLabel("administrateur-projet")).toBe("Administrateur projet");
  expect(roleLabel("consultation")).toBe("Consultation");
  expect(personName({ firstName: "Thierry", lastName: "Beck", email: "t@exemple.fr" })).toBe("Thierry BECK");
  expect(personName({ firstName: "", lastName: null, email: "t@exemple.fr" })).toBe("t@exemple.fr");
  expect(endOfDay("2031-13-45")).toBeNull();
  expect(endOfDay("pas une date")).toBeNull();
  // The last day typed is the last day shown, whatever the time zone.
  expect(dateField(endOfDay("2031-03-31"))).toBe("2031-03-31");
  expect(dateField(null)).toBe("");
});
