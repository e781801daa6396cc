import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import type { z } from "zod";
import { ConfigError } from "./errors.js";
import type { RealmConfig } from "./model.js";
import { applicationSchema, authenticationSchema, identityProviderSchema, ministriesFileSchema, overlaySchema, realmSchema } from "./schema.js";
import { substitute, substituteDeep } from "./substitute.js";
import { checkTokens } from "./tokens.js";
import { checkValidationCode } from "./validation-code.js";

export const ENVIRONMENTS = ["dev", "test", "production"] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export { ConfigError };

function readYaml(file: string, root: string): unknown {
  const relative = path.relative(root, file);
  let document: YAML.Document;
  try {
    document = YAML.parseDocument(fs.readFileSync(file, "utf8"), { prettyErrors: true });
  } catch (error) {
    throw new ConfigError(`${relative} : ${(error as Error).message}`);
  }
  if (document.errors.length > 0) throw new ConfigError(`${relative} : YAML invalide : ${document.errors[0].message}`);
  return document.toJS();
}

/** "roles[1].name" from zod's path. */
export function formatPath(segments: (string | number)[]): string {
  return segments.reduce<string>((out, segment) => (typeof segment === "number" ? `${out}[${segment}]` : out ? `${out}.${segment}` : segment), "");
}

function parse<S extends z.ZodTypeAny>(schema: S, value: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const where = formatPath(issue.path);
    const message = issue.code === "unrecognized_keys" ? `champ inconnu : ${issue.keys.join(", ")}` : issue.message;
    return `${file}${where ? ` : ${where}` : ""} : ${message}`;
  });
  throw new ConfigError(issues.join("\n"));
}

function yamlFiles(dir: string): string[] {
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => name.endsWith(".yaml"))
        .sort()
    : [];
}

/**
 * Loads realm-config/ for one environment: realm.yaml, authentication.yaml, applications/*.yaml,
 * identity-providers/*.yaml, ministries.yaml and the overlay environments/<env>.yaml, whose
 * `defaults` fill variables the environment does not set. Everything is checked against the
 * schema, then across files (a habilitation names a declared application, role, company, user).
 */
export function loadRealmConfig(root: string, environment: Environment, env: Record<string, string | undefined> = process.env): RealmConfig {
  if (!ENVIRONMENTS.includes(environment)) throw new ConfigError(`environnement inconnu « ${environment} » (attendu : ${ENVIRONMENTS.join(", ")})`);
  const overlayFile = `environments/${environment}.yaml`;
  const rawOverlay = (readYaml(path.join(root, overlayFile), root) ?? {}) as { defaults?: Record<string, string> };
  // A default may name another variable (${KEYCLOAK_URL}/realms/adfs-hydre/…): it is resolved
  // against the environment, and only when the environment does not set the variable itself.
  const defaults = Object.fromEntries(
    Object.entries(rawOverlay.defaults ?? {}).map(([name, value]) => [
      name,
      env[name] !== undefined && env[name] !== "" ? env[name] : substitute(String(value), env, `${overlayFile} : defaults.${name}`),
    ]),
  );
  const variables = { ...defaults, ...env };
  const load = <S extends z.ZodTypeAny>(schema: S, file: string): z.infer<S> =>
    parse(schema, substituteDeep(readYaml(path.join(root, file), root), variables, file), file);

  const charterFile = path.join(root, "charter.yaml");
  const rawRealm = substituteDeep(readYaml(path.join(root, "realm.yaml"), root), variables, "realm.yaml") as Record<string, unknown>;
  if (fs.existsSync(charterFile)) rawRealm.charter = substituteDeep(readYaml(charterFile, root), variables, "charter.yaml");
  const parsedRealm = parse(realmSchema, rawRealm, "realm.yaml");
  const realm: RealmConfig["realm"] = {
    ...parsedRealm,
    validationCode: checkValidationCode(parsedRealm.validationCode, "realm.yaml : validationCode"),
    tokens: checkTokens(parsedRealm.tokens, "realm.yaml : tokens"),
  };
  const authentication = fs.existsSync(path.join(root, "authentication.yaml")) ? load(authenticationSchema, "authentication.yaml") : undefined;
  const applications = yamlFiles(path.join(root, "applications")).map((name) => load(applicationSchema, `applications/${name}`));
  const identityProviders = yamlFiles(path.join(root, "identity-providers")).map((name) => load(identityProviderSchema, `identity-providers/${name}`));
  const ministries = fs.existsSync(path.join(root, "ministries.yaml")) ? load(ministriesFileSchema, "ministries.yaml").ministries : [];
  const overlay = load(overlaySchema, overlayFile);

  const config: RealmConfig = {
    // The environment goes to the realm (attribute efp.environment): production refuses test accounts.
    realm: { ...realm, environment },
    authentication,
    applications,
    identityProviders,
    ministries,
    users: overlay.users,
    companies: overlay.companies,
    habilitations: overlay.habilitations,
    adfsStandIns: overlay.adfsStandIns,
  };
  checkReferences(config, overlayFile);
  return config;
}

function unique<T>(items: T[], key: (item: T) => string, what: string, file: string) {
  const seen = new Set<string>();
  for (const item of items) {
    const value = key(item);
    if (seen.has(value)) throw new ConfigError(`${file} : ${what} « ${value} » déclaré deux fois`);
    seen.add(value);
  }
}

function checkReferences(config: RealmConfig, overlayFile: string) {
  unique(config.applications, (application) => application.clientId, "application", "applications/");
  unique(config.identityProviders, (provider) => provider.alias, "fournisseur d'identité", "identity-providers/");
  unique(config.ministries, (ministry) => ministry.code, "structure", "ministries.yaml");
  unique(config.companies, (company) => company.siret, "établissement", overlayFile);
  const ministries = new Set(config.ministries.map((ministry) => ministry.code));
  config.identityProviders.forEach((provider) => {
    if (!ministries.has(provider.structure))
      throw new ConfigError(`identity-providers/${provider.alias}.yaml : structure : « ${provider.structure} » n'est pas déclarée dans ministries.yaml`);
  });
  config.identityProviders.forEach((provider) => {
    for (const [value, code] of Object.entries(provider.structureValues ?? {})) {
      if (!ministries.has(code))
        throw new ConfigError(`identity-providers/${provider.alias}.yaml : structureValues.${value} : « ${code} » n'est pas déclarée dans ministries.yaml`);
    }
    if (config.authentication && !config.authentication.flows.some((flow) => flow.alias === provider.firstBrokerLoginFlow))
      throw new ConfigError(
        `identity-providers/${provider.alias}.yaml : firstBrokerLoginFlow : le flux « ${provider.firstBrokerLoginFlow} » n'est pas déclaré dans authentication.yaml`,
      );
  });
  unique(config.adfsStandIns, (standIn) => standIn.realm, "ADFS de démonstration", overlayFile);
  config.adfsStandIns.forEach((standIn, index) => {
    if (!config.identityProviders.some((provider) => provider.alias === standIn.provider))
      throw new ConfigError(`${overlayFile} : adfsStandIns[${index}].provider : fournisseur d'identité inconnu « ${standIn.provider} »`);
    unique(standIn.agents, (agent) => agent.login, "agent", `${overlayFile} : adfsStandIns[${index}]`);
  });
  const organizations = new Set([...ministries, ...config.companies.map((company) => company.siret)]);
  const users = new Set(config.users.map((user) => user.email.toLowerCase()));
  config.habilitations.forEach((habilitation, index) => {
    const where = `${overlayFile} : habilitations[${index}]`;
    const application = config.applications.find((candidate) => candidate.clientId === habilitation.application);
    if (!application) throw new ConfigError(`${where}.application : application inconnue « ${habilitation.application} »`);
    for (const role of habilitation.roles) {
      if (!application.roles.some((candidate) => candidate.name === role)) {
        throw new ConfigError(
          `${where}.roles : rôle inconnu « ${role} » pour ${application.clientId} (rôles : ${application.roles.map((candidate) => candidate.name).join(", ")})`,
        );
      }
    }
    if (habilitation.roles.length === 0 && !habilitation.accessManager) throw new ConfigError(`${where}.roles : au moins un rôle, ou accessManager: true`);
    if (!organizations.has(habilitation.company))
      throw new ConfigError(`${where}.company : établissement ou structure non déclaré « ${habilitation.company} »`);
    if (!users.has(habilitation.user.toLowerCase()))
      throw new ConfigError(`${where}.user : utilisateur non déclaré dans ${overlayFile} « ${habilitation.user} »`);
  });
  config.users.forEach((user, index) => {
    for (const clientId of Object.keys(user.clientRoles ?? {})) {
      if (!config.applications.some((application) => application.clientId === clientId))
        throw new ConfigError(`${overlayFile} : users[${index}].clientRoles : application inconnue « ${clientId} »`);
    }
  });
}
