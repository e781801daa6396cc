import { ApiError } from "@efp/contract";
import type { EfpApi } from "../api/client.js";

export interface NewUser {
  email: string;
  firstName: string;
  lastName: string;
  kind: "professional" | "agent";
  structure?: string;
  /** A test account's last day (AAAA-MM-JJ): makes it a test account (refused in production). */
  testUntil?: string;
  /** "application:siret:role1+role2" with an optional ":ra" suffix (access manager). */
  habilitation: string[];
}

export interface ParsedHabilitation {
  application: string;
  company: string;
  roles: string[];
  accessManager: boolean;
}

/** Parses "maf:57206768400108:deposant+administrateur:ra". */
export function parseHabilitation(value: string): ParsedHabilitation {
  const parts = value.split(":");
  if (parts.length < 3 || parts.length > 4 || (parts.length === 4 && parts[3] !== "ra") || !parts[0] || !parts[1]) {
    throw new ApiError(
      400,
      "invalid_habilitation",
      `Habilitation invalide « ${value} » : attendu application:siret:rôle1+rôle2 (suffixe :ra pour responsable des accès)`,
    );
  }
  return { application: parts[0], company: parts[1], roles: parts[2].split("+").filter(Boolean), accessManager: parts[3] === "ra" };
}

/**
 * Creates a professional or an agent with their habilitations in one call of the admin API
 * (POST efp-admin/users), which checks everything before writing anything: a professional then
 * receives an email to choose their password, an agent signs in through their ministry.
 */
export async function createUser(api: EfpApi, user: NewUser) {
  const habilitations = user.habilitation.map(parseHabilitation);
  const created = await api.request<{ id: string; username: string }>("POST", "users", {
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    kind: user.kind,
    ...(user.structure && { structure: user.structure }),
    ...(user.testUntil && { test: true, testUntil: user.testUntil }),
    habilitations: habilitations.map((h) => ({ application: h.application, company: h.company, roles: h.roles, accessManager: h.accessManager })),
  });
  return { id: created.id, email: created.username, kind: user.kind, structure: user.structure, testUntil: user.testUntil, habilitations };
}
