import { ConfigError } from "./errors.js";

/** realm.yaml's `tokens`: what an application's token says of a person's habilitations. */
export type TokenSettings = { maxHabilitations?: number };

// The extension accepts the same range (TokenSettings.java); past 200 entries a token is far
// beyond 8 KB anyway, and the extension also stops the list at 4 KB of JSON.
const MAX_HABILITATIONS: [number, number] = [1, 200];

/**
 * realm.yaml's `tokens` with a whole number (a `${VAR}` gives a string), or an error naming the
 * path and the allowed range.
 */
export function checkTokens(value: unknown, where: string): TokenSettings | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) throw new ConfigError(`${where} : un objet est attendu (maxHabilitations)`);
  const checked: TokenSettings = {};
  for (const [key, raw] of Object.entries(value)) {
    if (key !== "maxHabilitations") throw new ConfigError(`${where}.${key} : clé inconnue (attendu : maxHabilitations)`);
    const [min, max] = MAX_HABILITATIONS;
    const number = typeof raw === "string" && /^\s*\d+\s*$/.test(raw) ? Number(raw) : raw;
    if (typeof number !== "number" || !Number.isInteger(number) || number < min || number > max) {
      throw new ConfigError(`${where}.${key} : un nombre entier de ${min} à ${max} est attendu (habilitations listées dans un jeton), pas « ${String(raw)} »`);
    }
    checked.maxHabilitations = number;
  }
  return checked;
}
