import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import type { Application, Authentication, DemoUser, FlowStep, RealmConfig, RealmSettings } from "./model.js";
import { ConfigError } from "./errors.js";
import { substituteDeep } from "./substitute.js";
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
  if (document.errors.length > 0) throw new ConfigError(`${relative} : ${document.errors[0].message}`);
  return document.toJS();
}

function requireString(value: unknown, where: string): void {
  if (typeof value !== "string" || value.trim() === "") throw new ConfigError(`${where} : une chaîne non vide est attendue`);
}

/**
 * Loads realm-config/ for one environment: realm.yaml, applications/*.yaml and the overlay
 * environments/<env>.yaml, whose `defaults` fill variables the environment does not set.
 */
export function loadRealmConfig(root: string, environment: Environment, env: Record<string, string | undefined> = process.env): RealmConfig {
  if (!ENVIRONMENTS.includes(environment)) throw new ConfigError(`environnement inconnu « ${environment} » (attendu : ${ENVIRONMENTS.join(", ")})`);
  const overlay = (readYaml(path.join(root, "environments", `${environment}.yaml`), root) ?? {}) as { defaults?: Record<string, string>; users?: DemoUser[] };
  const variables = { ...overlay.defaults, ...env };

  const realm = substituteDeep(readYaml(path.join(root, "realm.yaml"), root), variables, "realm.yaml") as RealmSettings;
  requireString(realm?.realm, "realm.yaml.realm");
  realm.validationCode = checkValidationCode(realm.validationCode, "realm.yaml.validationCode");

  const applicationsDir = path.join(root, "applications");
  const applications = fs
    .readdirSync(applicationsDir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => {
      const where = `applications/${name}`;
      const application = substituteDeep(readYaml(path.join(applicationsDir, name), root), variables, where) as Application;
      for (const field of ["clientId", "name", "url", "secret"] as const) requireString(application?.[field], `${where}.${field}`);
      if (!Array.isArray(application.redirectUris) || application.redirectUris.length === 0) throw new ConfigError(`${where}.redirectUris : au moins une URL est attendue`);
      return application;
    });

  const authenticationFile = path.join(root, "authentication.yaml");
  const authentication = fs.existsSync(authenticationFile)
    ? (substituteDeep(readYaml(authenticationFile, root), variables, "authentication.yaml") as Authentication)
    : undefined;
  if (authentication) checkAuthentication(authentication);

  const users = substituteDeep(overlay.users ?? [], variables, `environments/${environment}.yaml.users`);
  users.forEach((user, index) => {
    for (const field of ["email", "firstName", "lastName", "password"] as const) requireString(user?.[field], `environments/${environment}.yaml.users[${index}].${field}`);
  });
  return { realm, authentication, applications, users };
}

const REQUIREMENTS = ["REQUIRED", "ALTERNATIVE", "DISABLED", "CONDITIONAL"];

function checkSteps(steps: FlowStep[] | undefined, where: string) {
  if (!Array.isArray(steps) || steps.length === 0) throw new ConfigError(`${where}.steps : au moins une étape est attendue`);
  steps.forEach((step, index) => {
    const at = `${where}.steps[${index}]`;
    if (!REQUIREMENTS.includes(step.requirement)) throw new ConfigError(`${at}.requirement : attendu ${REQUIREMENTS.join(", ")}`);
    if (Boolean(step.authenticator) === Boolean(step.subflow)) throw new ConfigError(`${at} : soit authenticator, soit subflow`);
    if (step.subflow) checkSteps(step.steps, at);
  });
}

function checkAuthentication(authentication: Authentication) {
  const aliases = new Set<string>();
  (authentication.flows ?? []).forEach((flow, index) => {
    const where = `authentication.yaml.flows[${index}]`;
    requireString(flow.alias, `${where}.alias`);
    checkSteps(flow.steps, where);
    aliases.add(flow.alias);
  });
  for (const [binding, alias] of Object.entries(authentication.bindings ?? {})) {
    if (!aliases.has(alias)) throw new ConfigError(`authentication.yaml.bindings.${binding} : le flux « ${alias} » n'est pas déclaré`);
  }
}
