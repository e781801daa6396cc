import { clientRepresentation } from "./applications.js";
import { driftFields, outsideRealmConfig } from "./drift.js";

const application = {
  clientId: "svc",
  name: "Service",
  description: "Un service",
  url: "https://svc.example.fr",
  redirectUris: ["https://svc.example.fr/*"],
  secret: "s",
  raCodesEnabled: false,
  listedPublicly: true,
  roles: [{ name: "gestionnaire", description: "Gestionnaire" }],
};

describe("driftFields", () => {
  const { secret: _secret, ...desired } = clientRepresentation(application);
  it("says nothing when Keycloak holds what the file says", () => {
    expect(driftFields(desired, { ...desired, attributes: { ...(desired.attributes as object), "efp.other": "x" } })).toEqual([]);
  });
  it("names each field changed outside realm-config by the file's name", () => {
    const current = {
      ...desired,
      description: "Changée",
      baseUrl: "https://autre.example.fr",
      redirectUris: ["https://autre.example.fr/*"],
      attributes: { ...(desired.attributes as object), "efp.description": "Changée", "efp.listed-publicly": "false", "efp.ra-codes-enabled": "true" },
    };
    expect(driftFields(desired, current)).toEqual(["description", "url", "redirectUris", "raCodesEnabled", "listedPublicly"]);
  });
  it("reports an application realm-config takes over from EFP ADMIN", () => {
    expect(driftFields(desired, { ...desired, attributes: { ...(desired.attributes as object), "efp.source": "efp-admin" } })).toEqual(["source"]);
  });
  it("keeps Keycloak's name for a field it does not know", () => {
    expect(
      driftFields(desired, { ...desired, fullScopeAllowed: true, attributes: { ...(desired.attributes as object), "pkce.code.challenge.method": "" } }),
    ).toEqual(["fullScopeAllowed", "pkce"]);
  });
});

describe("outsideRealmConfig", () => {
  const clients = [
    { clientId: "svc", attributes: { "efp.application": "true" } },
    { clientId: "new-app", attributes: { "efp.application": "true", "efp.source": "efp-admin" } },
    { clientId: "by-hand", attributes: { "efp.application": "true" } },
    { clientId: "account", attributes: {} },
  ];
  it("lists applications no file declares, saying who made them, and roles added to declared ones", () => {
    const outside = outsideRealmConfig(clients, [application], { svc: ["gestionnaire", "efp-support", "efp-application-admin", "auditeur"] });
    expect(outside.map((entry) => [entry.resource, entry.source])).toEqual([
      ["application svc role auditeur", undefined],
      ["application new-app", "efp-admin"],
      ["application by-hand", undefined],
    ]);
    expect(outside[1].note).toContain("--prune ne la supprime pas");
    expect(outside[2].note).toContain("--prune la supprime");
  });
});
