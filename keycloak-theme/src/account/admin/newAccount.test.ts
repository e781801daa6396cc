import type { Habilitation } from "@efp/contract";
import {
  editedHabilitation,
  emptyNewAccount,
  emptyNewHabilitation,
  habilitationErrors,
  newAccountBody,
  newAccountErrors,
  newHabilitationBody,
  type NewAccountValue,
} from "./newAccount";

const filled = (patch: Partial<NewAccountValue> = {}): NewAccountValue => {
  const value = emptyNewAccount("maf");
  value.email = " lea.martin@exemple.fr ";
  value.firstName = "Léa";
  value.lastName = "Martin";
  value.habilitations[0] = { ...value.habilitations[0], company: " 57206768400108 ", value: { ...value.habilitations[0].value, roles: ["deposant"] } };
  return { ...value, ...patch };
};

describe("the create-an-account form", () => {
  it("says every missing field, under its field, in the order of the form", () => {
    expect(newAccountErrors(emptyNewAccount())).toEqual({
      "efp-new-account-email": "grantEmailRequired",
      "efp-new-account-firstName": "newAccountFirstNameRequired",
      "efp-new-account-lastName": "newAccountLastNameRequired",
      "efp-new-account-h0-application": "newAccountApplicationRequired",
      "efp-new-account-h0-company": "newAccountCompanyRequired",
      "efp-new-account-h0-roles": "rolesRequired",
    });
    expect(newAccountErrors(filled())).toEqual({});
    expect(newAccountErrors(filled({ email: "pas une adresse" }))).toEqual({ "efp-new-account-email": "grantEmailInvalid" });
    expect(newAccountErrors(filled({ kind: "agent" }))).toEqual({ "efp-new-account-structure": "newAccountStructureRequired" });
    expect(newAccountErrors(filled({ test: true, testUntil: "" }))).toEqual({ "efp-new-account-testUntil": "newAccountTestUntilRequired" });
  });

  it("sends what the API expects, trimmed, the structure for an agent only and the test account for a professional only", () => {
    expect(newAccountBody(filled({ test: true, testUntil: "2027-01-31", structure: "DGEFP" }))).toEqual({
      email: "lea.martin@exemple.fr",
      firstName: "Léa",
      lastName: "Martin",
      kind: "professional",
      test: true,
      testUntil: "2027-01-31",
      habilitations: [{ application: "maf", company: "57206768400108", roles: ["deposant"], accessManager: false, kind: "member", expiresAt: null }],
    });
    const agent = newAccountBody(filled({ kind: "agent", structure: " DGEFP ", test: true, testUntil: "2027-01-31", habilitations: [] }));
    expect(agent).toEqual({ email: "lea.martin@exemple.fr", firstName: "Léa", lastName: "Martin", kind: "agent", structure: "DGEFP", habilitations: [] });
  });

  it("numbers each habilitation block for its fields' ids", () => {
    const second = emptyNewHabilitation(7, "soffi");
    expect(Object.keys(newAccountErrors(filled({ habilitations: [second] })))).toEqual(["efp-new-account-h7-company", "efp-new-account-h7-roles"]);
  });
});

describe("a habilitation given or changed from a user's page", () => {
  it("checks one block under the form's own prefix", () => {
    const block = emptyNewHabilitation(0);
    expect(habilitationErrors(block, "efp-admin-grant")).toEqual({
      "efp-admin-grant-h0-application": "newAccountApplicationRequired",
      "efp-admin-grant-h0-company": "newAccountCompanyRequired",
      "efp-admin-grant-h0-roles": "rolesRequired",
    });
    // An access manager without roles is a habilitation.
    expect(habilitationErrors({ ...block, application: "maf", company: "57206768400108", value: { ...block.value, accessManager: true } }, "p")).toEqual({});
  });

  it("starts a change from what is held: same application and company (SIRET, or a structure's code), roles, last day", () => {
    const held: Habilitation = {
      id: "h1",
      user: { id: "u1" },
      application: "maf",
      company: { siret: "57206768400108", name: "ACME" },
      roles: ["deposant"],
      accessManager: true,
      kind: "third-party",
      grantedBy: null,
      grantedAt: "2026-01-01T00:00:00Z",
      expiresAt: new Date(2027, 2, 31, 23, 59, 59).toISOString(),
    };
    const edited = editedHabilitation(held, 3);
    expect(edited).toEqual({
      key: 3,
      application: "maf",
      company: "57206768400108",
      value: { email: "", roles: ["deposant"], accessManager: true, kind: "third-party", lastDay: "2027-03-31" },
    });
    expect(newHabilitationBody(edited)).toEqual({
      application: "maf",
      company: "57206768400108",
      roles: ["deposant"],
      accessManager: true,
      kind: "third-party",
      expiresAt: new Date(2027, 2, 31, 23, 59, 59).toISOString(),
    });
    expect(editedHabilitation({ ...held, company: { code: "DGEFP", name: "DGEFP" }, expiresAt: null }, 0)).toMatchObject({
      company: "DGEFP",
      value: { lastDay: "" },
    });
  });
});
