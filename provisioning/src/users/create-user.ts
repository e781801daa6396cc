import type KcAdminClient from "@keycloak/keycloak-admin-client";
import { ApiError, type Application, type Company } from "@efp/contract";
import type { EfpApi } from "../api/client.js";

export interface NewUser {
  email: string;
  firstName: string;
  lastName: string;
  kind: "professional" | "agent";
  structure?: string;
  password?: string;
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
 * Creates a professional (email + optional password) or an agent (member of a ministerial
 * structure, no password: agents log in through their ministry's ADFS), then grants the
 * habilitations through the admin API. Inputs are checked before anything is created.
 */
export async function createUser(kc: KcAdminClient, api: EfpApi, realm: string, user: NewUser) {
  const habilitations = user.habilitation.map(parseHabilitation);
  if (user.kind === "agent" && !user.structure)
    throw new ApiError(400, "missing_structure", "Un agent appartient à une structure ministérielle : --structure DGEFP par exemple.");
  if (user.kind === "agent" && user.password)
    throw new ApiError(400, "agent_password", "Un agent n'a pas de mot de passe EFP Connect : il se connecte avec son compte Windows (ADFS).");
  const email = user.email.trim().toLowerCase();
  const [existing] = await kc.users.find({ realm, email, exact: true });
  if (existing) throw new ApiError(409, "user_exists", `Un compte existe déjà pour ${email}.`);
  const structure = user.structure ? await api.request<Company>("GET", `companies/${encodeURIComponent(user.structure)}`) : undefined;
  if (structure && structure.kind !== "ministry") throw new ApiError(400, "not_a_ministry", `${user.structure} n'est pas une structure ministérielle.`);
  // Every application and company named must exist before the account is created.
  const { items: applications } = await api.request<{ items: Application[] }>("GET", "applications");
  for (const h of habilitations) {
    const application = applications.find((candidate) => candidate.clientId === h.application);
    if (!application) throw new ApiError(404, "unknown_application", `Application inconnue ou hors de votre périmètre : « ${h.application} ».`);
    const unknown = h.roles.filter((role) => !application.roles.includes(role));
    if (unknown.length > 0)
      throw new ApiError(400, "unknown_role", `Rôle inconnu pour ${h.application} : ${unknown.join(", ")} (rôles : ${application.roles.join(", ")}).`);
    await api.request("GET", `companies/${encodeURIComponent(h.company)}`);
  }

  const { id } = await kc.users.create({
    realm,
    username: email,
    email,
    firstName: user.firstName,
    lastName: user.lastName,
    enabled: true,
    emailVerified: true,
    attributes: { "efp.user-kind": [user.kind] },
    ...(user.password && { credentials: [{ type: "password", value: user.password, temporary: false }] }),
  });
  if (structure) await kc.organizations.addMember({ realm, orgId: structure.id, userId: id });
  const granted = [];
  for (const h of habilitations) {
    await api.request("POST", "habilitations", { user: id, application: h.application, company: h.company, roles: h.roles, accessManager: h.accessManager });
    granted.push(h);
  }
  return { id, email, kind: user.kind, structure: user.structure, habilitations: granted };
}
