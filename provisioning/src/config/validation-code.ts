import { ConfigError } from "./errors.js";
import type { RealmSettings } from "./model.js";

type ValidationCode = NonNullable<RealmSettings["validationCode"]>;

// The extension accepts 0 to 86400 for each (ValidationCodePolicy); these are the values that
// make sense for people, checked here so that a typo fails the apply rather than the login.
const RANGES: Record<keyof ValidationCode, [number, number]> = {
  validitySeconds: [60, 3600],
  maxAttempts: [1, 20],
  resendSeconds: [0, 600],
};

/**
 * realm.yaml's `validationCode` with whole numbers (a `${VAR}` gives a string), or an error
 * naming the path and the allowed range.
 */
export function checkValidationCode(value: unknown, where: string): ValidationCode | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) throw new ConfigError(`${where} : un objet est attendu (validitySeconds, maxAttempts, resendSeconds)`);
  const checked: ValidationCode = {};
  for (const [key, raw] of Object.entries(value)) {
    if (!(key in RANGES)) throw new ConfigError(`${where}.${key} : clé inconnue (attendu : ${Object.keys(RANGES).join(", ")})`);
    const [min, max] = RANGES[key as keyof ValidationCode];
    const number = typeof raw === "string" && /^\s*\d+\s*$/.test(raw) ? Number(raw) : raw;
    if (typeof number !== "number" || !Number.isInteger(number) || number < min || number > max) {
      throw new ConfigError(`${where}.${key} : un nombre entier de ${min} à ${max} est attendu, pas « ${String(raw)} »`);
    }
    checked[key as keyof ValidationCode] = number;
  }
  return checked;
}
