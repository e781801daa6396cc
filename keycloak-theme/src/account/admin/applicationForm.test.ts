import {
  appFieldId,
  applicationChangeBody,
  applicationErrors,
  applicationValue,
  canRemoveRole,
  emptyApplication,
  newApplicationBody,
  roleFieldId,
  urlProblem,
  type ApplicationFormValue,
} from "./applicationForm";

const filled = (): ApplicationFormValue => ({
  ...emptyApplication(),
  clientId: "mon-service",
  name: "Mon service",
  url: "https://service.example.fr",
  roles: [{ key: 0, name: "gestionnaire", description: "Gestionnaire", descriptionEn: "Manager", existing: false, habilitations: 0 }],
});

test("a filled form has no error and gives the creation's body", () => {
  expect(applicationErrors(filled(), true)).toEqual({});
  expect(newApplicationBody({ ...filled(), redirectUris: " https://a.fr/cb \n\n https://a.fr/*" })).toEqual({
    clientId: "mon-service",
    name: "Mon service",
    description: "",
    url: "https://service.example.fr",
    redirectUris: ["https://a.fr/cb", "https://a.fr/*"],
    raCodesEnabled: false,
    listedPublicly: false,
    roles: [{ name: "gestionnaire", description: "Gestionnaire", descriptionEn: "Manager" }],
  });
});

test("each field is checked as the API does", () => {
  const errors = applicationErrors(
    {
      ...filled(),
      clientId: "Mon_Service",
      name: "<b>x</b>",
      url: "http://service.example.fr",
      logoUrl: "javascript:alert(1)",
      redirectUris: "https://*.a.fr/",
      roles: [
        { key: 1, name: "a|b", description: "", descriptionEn: "", existing: false, habilitations: 0 },
        { key: 2, name: "efp-support", description: "<i>", descriptionEn: "", existing: false, habilitations: 0 },
      ],
    },
    true,
  );
  expect(errors).toEqual({
    [appFieldId("clientId")]: "appErrorClientId",
    [appFieldId("name")]: "appErrorMarkup",
    [appFieldId("url")]: "appErrorHttps",
    [appFieldId("logoUrl")]: "appErrorHttps",
    [appFieldId("redirectUris")]: "appErrorUrl",
    [roleFieldId({ key: 1 }, "name")]: "appErrorRoleName",
    [roleFieldId({ key: 2 }, "name")]: "appErrorRoleReserved",
    [roleFieldId({ key: 2 }, "description")]: "appErrorMarkup",
  });
  expect(applicationErrors({ ...filled(), clientId: "efp-x" }, true)).toEqual({ [appFieldId("clientId")]: "appErrorClientIdReserved" });
  // The clientId of an existing application is not the form's to change.
  expect(applicationErrors({ ...filled(), clientId: "" }, false)).toEqual({});
  expect(applicationErrors({ ...filled(), roles: [] }, false)).toEqual({ [appFieldId("roles")]: "appErrorNoRole" });
});

test("http is accepted on localhost only", () => {
  expect(urlProblem("http://localhost:3000")).toBeUndefined();
  expect(urlProblem("http://127.0.0.1:3000/cb")).toBeUndefined();
  expect(urlProblem("http://example.fr")).toBe("appErrorHttps");
  expect(urlProblem("https://u:p@example.fr")).toBe("appErrorUrl");
  expect(urlProblem("https://example.fr/*", true)).toBeUndefined();
  expect(urlProblem("https://example.fr/*")).toBe("appErrorUrl");
});

test("an application's page fills the form; a change sends every field and the roles wanted", () => {
  const value = applicationValue({
    clientId: "svc",
    name: "Service",
    url: "https://svc.fr",
    raCodesEnabled: true,
    listedPublicly: false,
    redirectUris: ["https://svc.fr/*"],
    roles: [
      { name: "auditeur", habilitations: 3 },
      { name: "lecteur", description: "Lecteur", habilitations: 0 },
    ],
    source: "efp-admin",
    describedInRealmConfig: false,
    actions: ["edit"],
  });
  expect(value.roles.map(canRemoveRole)).toEqual([false, true]);
  expect(applicationChangeBody({ ...value, description: " Nouvelle " })).toEqual({
    name: "Service",
    description: "Nouvelle",
    url: "https://svc.fr",
    logoUrl: "",
    redirectUris: ["https://svc.fr/*"],
    raCodesEnabled: true,
    listedPublicly: false,
    roles: [{ name: "auditeur" }, { name: "lecteur", description: "Lecteur" }],
  });
});
