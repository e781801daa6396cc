// ${NAME} and ${NAME:-default} in configuration values, resolved from the environment, so that
// secrets and URLs stay out of the repository.

import { ConfigError } from "./errors.js";

const PLACEHOLDER = /\$\{([A-Z0-9_]+)(?::-([^}]*))?\}/g;

export class MissingVariableError extends ConfigError {
  constructor(
    readonly variable: string,
    readonly where: string,
  ) {
    super(`${where} : la variable d'environnement ${variable} n'est pas définie et n'a pas de valeur par défaut`);
  }
}

export function substitute(text: string, env: Record<string, string | undefined>, where: string): string {
  return text.replace(PLACEHOLDER, (_, name: string, fallback: string | undefined) => {
    const value = env[name];
    if (value !== undefined && value !== "") return value;
    if (fallback !== undefined) return fallback;
    throw new MissingVariableError(name, where);
  });
}

/** Applies substitute to every string of a parsed YAML document, naming the path on error. */
export function substituteDeep<T>(value: T, env: Record<string, string | undefined>, where: string): T {
  if (typeof value === "string") return substitute(value, env, where) as T;
  if (Array.isArray(value)) return value.map((item, index) => substituteDeep(item, env, `${where}[${index}]`)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substituteDeep(item, env, `${where}.${key}`)])) as T;
  }
  return value;
}
