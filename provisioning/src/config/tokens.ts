import { ConfigError } from "./errors.js";

/**
 * The claims that tell an application who the person is: their kind ("agent" or
 * "professional") and, for agents, the code of their ministerial structure (README, "For
 * application teams").
 */
export type IdentityClaims = { userKind: string; structure: string };

/** realm.yaml's `tokens`: what an application's token says of a person and of their habilitations. */
export type TokenSettings = { maxHabilitations?: number; claims?: IdentityClaims };

/** The names used when realm.yaml names none, the same as Mon compte's efp_user_kind. */
export const DEFAULT_IDENTITY_CLAIMS: IdentityClaims = { userKind: "efp_user_kind", structure: "efp_structure" };

// The extension accepts the same range (TokenSettings.java); past 200 entries a token is far
// beyond 8 KB anyway, and the extension also stops the list at 4 KB of JSON.
const MAX_HABILITATIONS: [number, number] = [1, 200];

/** Names an application reads at the top of a token: ours (efp_…) only, never a standard or Keycloak claim. */
const CLAIM_NAME = /^efp_[a-z0-9_]{1,60}$/;
const TAKEN_CLAIMS = new Set(["efp_habilitations", "efp_company", "efp_habilitations_count"]);

/**
 * realm.yaml's `tokens` with a whole number (a `${VAR}` gives a string) and claim names, or an
 * error naming the path and what is allowed.
 */
export function checkTokens(value: unknown, where: string): TokenSettings | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) throw new ConfigError(`${where} : un objet est attendu (maxHabilitations, claims)`);
  const checked: TokenSettings = {};
  for (const [key, raw] of Object.entries(value)) {
    if (key === "claims") {
      checked.claims = checkClaims(raw, `${where}.claims`);
      continue;
    }
    if (key !== "maxHabilitations") throw new ConfigError(`${where}.${key} : clé inconnue (attendu : maxHabilitations, claims)`);
    const [min, max] = MAX_HABILITATIONS;
    const number = typeof raw === "string" && /^\s*\d+\s*$/.test(raw) ? Number(raw) : raw;
    if (typeof number !== "number" || !Number.isInteger(number) || number < min || number > max) {
      throw new ConfigError(`${where}.${key} : un nombre entier de ${min} à ${max} est attendu (habilitations listées dans un jeton), pas « ${String(raw)} »`);
    }
    checked.maxHabilitations = number;
  }
  return checked;
}

function checkClaims(value: unknown, where: string): IdentityClaims {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ConfigError(`${where} : un objet est attendu (userKind, structure)`);
  const claims: IdentityClaims = { ...DEFAULT_IDENTITY_CLAIMS };
  for (const [key, raw] of Object.entries(value)) {
    if (key !== "userKind" && key !== "structure") throw new ConfigError(`${where}.${key} : clé inconnue (attendu : userKind, structure)`);
    if (typeof raw !== "string" || !CLAIM_NAME.test(raw) || TAKEN_CLAIMS.has(raw)) {
      throw new ConfigError(
        `${where}.${key} : un nom de claim commençant par efp_ (minuscules, chiffres, _) et distinct des claims d'habilitations est attendu, pas « ${String(raw)} »`,
      );
    }
    claims[key] = raw;
  }
  if (claims.userKind === claims.structure)
    throw new ConfigError(`${where} : userKind et structure doivent être deux claims différents (« ${claims.userKind} »)`);
  return claims;
}
