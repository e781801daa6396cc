import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError, loadRealmConfig } from "./load.js";

const REALM_CONFIG = path.resolve(import.meta.dirname, "..", "..", "..", "realm-config");

/** A copy of realm-config/ with one file replaced, to check what the loader says about it. */
function withFile(relative: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "efp-config-"));
  fs.cpSync(REALM_CONFIG, dir, { recursive: true });
  const file = path.join(dir, relative);
  fs.writeFileSync(file, edit(fs.readFileSync(file, "utf8")));
  return dir;
}

const load =
  (dir: string, environment: "dev" | "test" = "dev") =>
  () =>
    loadRealmConfig(dir, environment, {});

test("the shipped configuration loads for every environment", () => {
  const dev = loadRealmConfig(REALM_CONFIG, "dev", {});
  expect(dev.applications.map((application) => application.clientId)).toEqual(["ceres", "edof", "maf", "soffi"]);
  expect(dev.applications.filter((application) => application.raCodesEnabled).map((application) => application.clientId)).toEqual(["ceres", "edof", "maf"]);
  expect(dev.identityProviders.map((provider) => [provider.alias, provider.structure])).toEqual([
    ["hydre", "DGEFP"],
    ["polaris", "DREETS"],
  ]);
  expect(loadRealmConfig(REALM_CONFIG, "test", {}).users).toHaveLength(1);
  // Production has no defaults: its secrets must come from the environment.
  expect(() => loadRealmConfig(REALM_CONFIG, "production", {})).toThrow(/SOFFI_CLIENT_SECRET|CLIENT_SECRET|EFP_CLI_SECRET/);
});

test("malformed YAML names the file", () => {
  expect(load(withFile("applications/maf.yaml", (text) => `${text}\nroles: [unclosed\n`))).toThrow(/^applications\/maf\.yaml : YAML invalide/);
});

test("a schema error names the file and the path", () => {
  expect(load(withFile("applications/maf.yaml", (text) => text.replace("name: deposant", "name: Déposant")))).toThrow(
    /applications\/maf\.yaml : roles\[0\]\.name : nom de rôle/,
  );
  expect(load(withFile("realm.yaml", (text) => text.replace("failureFactor: 5", "failureFactor: cinq")))).toThrow(/realm\.yaml : bruteForce\.failureFactor/);
  expect(load(withFile("realm.yaml", (text) => `${text}\nunknownSetting: true\n`))).toThrow(/realm\.yaml : champ inconnu : unknownSetting/);
  expect(load(withFile("realm.yaml", (text) => text.replace("maxFailuresPerAddress: 30", "maxFailuresPerAddress: 0")))).toThrow(
    /realm\.yaml : captcha\.throttle\.maxFailuresPerAddress : au moins 1/,
  );
});

test("an invalid SIRET, an unknown role or application in the overlay are refused", () => {
  expect(load(withFile("environments/dev.yaml", (text) => text.replace('siret: "34981259400050"', 'siret: "34981259400051"')))).toThrow(
    /environments\/dev\.yaml : companies\[0\]\.siret : SIRET invalide/,
  );
  expect(load(withFile("environments/dev.yaml", (text) => text.replace("roles: [deposant]", "roles: [pilote]")))).toThrow(
    /habilitations\[2\]\.roles : rôle inconnu « pilote » pour maf/,
  );
  expect(load(withFile("environments/dev.yaml", (text) => text.replace("application: maf", "application: inconnue")))).toThrow(
    /habilitations\[2\]\.application : application inconnue/,
  );
  expect(load(withFile("identity-providers/hydre.yaml", (text) => text.replace("structure: DGEFP", "structure: DGT")))).toThrow(
    /identity-providers\/hydre\.yaml : structure : « DGT »/,
  );
});

test("the third-party maximum is a whole number of years from 1 to 10, and a third party in an overlay has an end date", () => {
  expect(loadRealmConfig(REALM_CONFIG, "dev", {}).realm.habilitations).toEqual({ thirdPartyMaxYears: 3 });
  expect(
    loadRealmConfig(
      withFile("realm.yaml", (text) => text.replace("thirdPartyMaxYears: 3", 'thirdPartyMaxYears: "2"')),
      "dev",
      {},
    ).realm.habilitations,
  ).toEqual({ thirdPartyMaxYears: 2 });
  expect(load(withFile("realm.yaml", (text) => text.replace("thirdPartyMaxYears: 3", "thirdPartyMaxYears: 11")))).toThrow(
    /realm\.yaml : habilitations\.thirdPartyMaxYears : au plus 10 ans/,
  );
  expect(load(withFile("realm.yaml", (text) => text.replace("thirdPartyMaxYears: 3", "thirdPartyMaxYears: trois")))).toThrow(
    /realm\.yaml : habilitations\.thirdPartyMaxYears/,
  );
  expect(load(withFile("environments/dev.yaml", (text) => text.replace("roles: [deposant]", "roles: [deposant]\n    kind: third-party")))).toThrow(
    /habilitations\[2\]\.expiresAt : une délégation à un tiers a une date de fin/,
  );
});

test("errors are ConfigErrors (exit code 3 in the CLI)", () => {
  expect(load(withFile("realm.yaml", (text) => text.replace("realm: efp", "realm: ''")))).toThrow(ConfigError);
});

test("the ADFS metadata: the stand-in realms of this Keycloak in dev and tests, the environment in production", () => {
  const test = loadRealmConfig(REALM_CONFIG, "test", { KEYCLOAK_URL: "http://localhost:41234" });
  expect(test.identityProviders.map((provider) => provider.metadataUrl)).toEqual([
    "http://localhost:41234/realms/adfs-hydre/protocol/saml/descriptor",
    "http://localhost:41234/realms/adfs-polaris/protocol/saml/descriptor",
  ]);
  expect(test.adfsStandIns.map((standIn) => [standIn.realm, standIn.provider, standIn.agents.map((agent) => agent.login)])).toEqual([
    ["adfs-hydre", "hydre", ["agent"]],
    ["adfs-polaris", "polaris", ["agent"]],
  ]);
  // A variable the environment sets wins over the overlay's default.
  expect(loadRealmConfig(REALM_CONFIG, "dev", { HYDRE_ADFS_METADATA_URL: "https://adfs.example/meta.xml" }).identityProviders[0].metadataUrl).toBe(
    "https://adfs.example/meta.xml",
  );
  const secrets = { SOFFI_CLIENT_SECRET: "s", MAF_CLIENT_SECRET: "s", CERES_CLIENT_SECRET: "s", EDOF_CLIENT_SECRET: "s", EFP_CLI_SECRET: "s" };
  expect(() => loadRealmConfig(REALM_CONFIG, "production", secrets)).toThrow(/identity-providers\/hydre\.yaml.*HYDRE_ADFS_METADATA_URL/);
  expect(
    loadRealmConfig(REALM_CONFIG, "production", { ...secrets, HYDRE_ADFS_METADATA_URL: "https://a/m", POLARIS_ADFS_METADATA_URL: "https://b/m" }).adfsStandIns,
  ).toEqual([]);
});

test("a structure value mapped to an undeclared structure, a stand-in for an unknown provider are refused", () => {
  expect(load(withFile("identity-providers/polaris.yaml", (text) => text.replace(": DREETS-ARA", ": DREETS-XYZ")))).toThrow(
    /identity-providers\/polaris\.yaml : structureValues\.DREETS Auvergne-Rhône-Alpes : « DREETS-XYZ » n'est pas déclarée/,
  );
  expect(load(withFile("environments/dev.yaml", (text) => text.replace("provider: polaris", "provider: inconnu")))).toThrow(
    /environments\/dev\.yaml : adfsStandIns\[1\]\.provider : fournisseur d'identité inconnu « inconnu »/,
  );
});

test("the ministry's email domains: production's list, the stand-ins' domains added in tests, a list or AGENT_EMAIL_DOMAINS, each checked", () => {
  const secrets = { SOFFI_CLIENT_SECRET: "s", MAF_CLIENT_SECRET: "s", CERES_CLIENT_SECRET: "s", EDOF_CLIENT_SECRET: "s", EFP_CLI_SECRET: "s" };
  const metadata = { HYDRE_ADFS_METADATA_URL: "https://a/m", POLARIS_ADFS_METADATA_URL: "https://b/m" };
  expect(loadRealmConfig(REALM_CONFIG, "production", { ...secrets, ...metadata }).realm.agents?.emailDomains).toEqual([
    "travail.gouv.fr",
    "sg.social.gouv.fr",
    "dreets.gouv.fr",
    "drieets.gouv.fr",
  ]);
  expect(loadRealmConfig(REALM_CONFIG, "test", {}).realm.agents?.emailDomains).toEqual(expect.arrayContaining(["travail.gouv.fr", "hydre.exemple.fr"]));
  expect(loadRealmConfig(REALM_CONFIG, "test", { AGENT_EMAIL_DOMAINS: " Travail.Gouv.FR , " }).realm.agents?.emailDomains).toEqual(["travail.gouv.fr"]);
  expect(() => loadRealmConfig(REALM_CONFIG, "test", { AGENT_EMAIL_DOMAINS: "travail.gouv.fr,pas un domaine" })).toThrow(
    /realm\.yaml : agents\.emailDomains\[1\] : nom de domaine attendu/,
  );
});
