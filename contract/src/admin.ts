// efp-admin, the administration API (/realms/<realm>/efp-admin), called by automation clients
// (client credentials) and by people through the efp CLI: its JSON, ids resolved to the names
// people and scripts use, and its endpoints.
import type { AccessRequest, HabilitationKind, RoleLabels } from "./access.js";
import type { Call, Download, Query } from "./http.js";
import { applicationEndpoints } from "./applications.js";

/** An application (service numérique) and the roles it lets access managers grant. */
export type Application = {
  clientId: string;
  name: string;
  url: string | null;
  description: string | null;
  raCodesEnabled: boolean;
  listedPublicly: boolean;
  roles: string[];
  /** How each grantable role reads, in French and in English (tokens keep the role's name). */
  roleLabels?: RoleLabels;
};

/** A company (SIRET, SIREN) or a ministry structure (code). */
export type Company = {
  id: string;
  kind: "company" | "ministry";
  siret?: string;
  siren?: string;
  code?: string;
  name: string;
  address: string | null;
};

/** Body of a declaration: a company by its SIRET, or a ministry structure by its code. */
export type CompanyInput = { kind: "company"; siret: string; name: string; address?: string } | { kind: "ministry"; code: string; name: string };

/** A company as other views name it: SIRET or code, and name. */
export type CompanyRef = { siret?: string; code?: string; name: string };

/** A user as other views name them; only the id when the account is gone. */
export type UserRef = { id: string; username?: string; email?: string | null; firstName?: string | null; lastName?: string | null };

export type Habilitation = {
  id: string;
  user: UserRef;
  application: string | null;
  company: CompanyRef | null;
  roles: string[];
  accessManager: boolean;
  kind: HabilitationKind;
  grantedBy: string | null;
  grantedAt: string;
  expiresAt: string | null;
};

export type HabilitationsPage = { total: number; items: Habilitation[] };

/** Body of a grant, which updates the habilitation the user already holds for that application and company. */
export type HabilitationInput = {
  /** Address, id or username. */
  user: string;
  application: string;
  /** SIRET or structure code. */
  company: string;
  roles: string[];
  accessManager?: boolean;
  kind?: HabilitationKind;
  expiresAt?: string | null;
};

/** Body of an approval through efp-admin: the habilitation to give (no access-manager flag on a ministerial structure). */
export type ApprovalInput = { roles: string[]; accessManager?: boolean; kind?: HabilitationKind; expiresAt?: string | null };

export type RaCodeStatus = "active" | "used" | "expired" | "revoked";

/** An access-manager code, never its value. */
export type RaCode = {
  id: string;
  application: string | null;
  company: CompanyRef | null;
  status: RaCodeStatus;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  usedBy: string | null;
  usedAt: string | null;
  revokedAt: string | null;
  /** Who revoked it (id); the people by name below, while their accounts exist. */
  revokedBy?: string;
  createdByUser?: UserRef;
  usedByUser?: UserRef;
  revokedByUser?: UserRef;
};

/** The RA codes' filters: application (clientId), company (SIRET), status, and the page. */
export type RaCodeQuery = Omit<ListQuery, "user"> & { status?: RaCodeStatus };

export type RaCodesPage = { total: number; items: RaCode[] };

/** A code just created: the only time its value leaves the server. */
export type CreatedRaCode = RaCode & { code: string };

export type RaCodeInput = { application: string; company: string };

export type AuditEntry = {
  id: string;
  time: string;
  action: string;
  actor: string;
  actorId: string | null;
  ipAddress: string | null;
  application: string | null;
  /** SIRET or structure code. */
  company: string | null;
  subjectUserId: string | null;
  details: string | null;
};

/** An establishment of the directory ("Raison sociale ou SIRET"). */
export type DirectoryEntry = {
  siret: string;
  siren: string;
  name: string;
  tradeName: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  active: boolean;
};

export type DirectoryResult = {
  items: DirectoryEntry[];
  /** How many match; a lower bound when totalCapped. */
  total: number;
  totalCapped: boolean;
  /** The source that answered: local or recherche-entreprises. */
  source: string;
};

/** What a batch of establishments did to the directory. */
export type DirectoryBatchOutcome = { received: number; created: number; updated: number; unchanged: number };

/** An account of EFP ADMIN's user list; its counts are those the caller may see. */
export type UserRow = {
  id: string;
  username: string;
  email: string | null;
  /** The address was validated (code at registration, or the validation link). */
  emailVerified: boolean;
  firstName: string | null;
  lastName: string | null;
  kind: "professional" | "agent";
  test: boolean;
  enabled: boolean;
  /** Migrated from the old portal, first password reset not done yet. */
  migrated: boolean;
  createdAt: string | null;
  /** The last sign-in (any application), absent if the account never signed in. */
  lastLoginAt?: string | null;
  habilitations: number;
  pendingRequests: number;
};

export type UserRowsPage = { total: number; items: UserRow[] };

/** EFP ADMIN's user page: the account, and of its access what the caller may see. */
export type UserPage = {
  user: UserRow;
  locked: boolean;
  /** What the caller may do to the account, whatever its state now (the page offers what applies). */
  actions: AccountAction[];
  habilitations: Habilitation[];
  pendingRequests: AccessRequest[];
};

/**
 * One entry of a user's history: an audit entry (source "audit", type its action:
 * HABILITATION_GRANTED…) about the person or by the person, or one of Keycloak's sign-in events
 * (source "login", type LOGIN, LOGIN_ERROR, USER_DISABLED_BY_TEMPORARY_LOCKOUT…, error why it
 * failed). application is null when there is none or it is not the viewer's.
 */
export type HistoryEntry = {
  id: string;
  time: string;
  source: "audit" | "login";
  type: string;
  actor?: string | null;
  actorId?: string | null;
  subject?: UserRef | null;
  application?: string | null;
  company?: string | null;
  ipAddress?: string | null;
  error?: string | null;
  /** The audit entry's details (JSON text), or the identity provider of a sign-in. */
  details?: string | null;
};

/**
 * An account created with its habilitations in one step (POST efp-admin/users): a professional
 * (receives an email to choose their password) or an agent (structure: DGEFP…); a test account
 * (outside production) with its last day.
 */
export type NewAccountInput = {
  email: string;
  firstName: string;
  lastName: string;
  kind?: "professional" | "agent";
  structure?: string;
  test?: boolean;
  testUntil?: string;
  habilitations: (Omit<HabilitationInput, "user"> & { user?: never })[];
};

/** A page of a user's history, newest first, and whether older entries follow. */
export type HistoryPage = { items: HistoryEntry[]; more: boolean };

/**
 * What EFP ADMIN's staff may do to an account: disable (its sessions end), enable, unlock after
 * brute-force detection, email a password-reset link or the address's validation link, delete
 * (administrators; POST users/{id}/delete with the username typed as `confirm`).
 */
export type AccountAction = "disable" | "enable" | "unlock" | "reset-password" | "resend-validation" | "delete";

/**
 * EFP ADMIN's user search: `q` a name, an email, a SIRET or a company name; filters by
 * application (clientId), company (SIRET or code), kind and status.
 */
export type UserQuery = {
  q?: string;
  application?: string;
  company?: string;
  kind?: "professional" | "agent" | "test";
  status?: "active" | "disabled" | "migrated" | "never-logged-in";
  sort?: "name" | "email" | "created";
  first?: string | number;
  max?: string | number;
};

/** Filters of the habilitation, code and audit lists: application clientId, SIRET or code, user. */
export type ListQuery = { application?: string; company?: string; user?: string; first?: string | number; max?: string | number };

/**
 * The audit journal's filters: application (clientId), company (SIRET or code), user (the
 * subject: id, username or email), actor (a person's id, username or email, or a recorded name
 * such as service-account:efp-cli), action (an AuditAction, e.g. HABILITATION_GRANTED), from and
 * to (days, AAAA-MM-JJ, Paris time, both included).
 */
export type AuditQuery = ListQuery & { actor?: string; action?: string; from?: string; to?: string };

export type AuditPage = { total: number; items: AuditEntry[] };

/** What the audit journal records (efp-admin's AuditAction), for the journal's action filter. */
export const AUDIT_ACTIONS = [
  "HABILITATION_GRANTED",
  "HABILITATION_UPDATED",
  "HABILITATION_REVOKED",
  "RA_CODE_CREATED",
  "RA_CODE_REVOKED",
  "RA_CODE_REDEEMED",
  "COMPANY_CREATED",
  "ACCESS_REQUESTED",
  "ACCESS_REQUEST_CANCELLED",
  "ACCESS_REQUEST_REFUSED",
  "CHARTER_ACCEPTED",
  "INVITATION_SENT",
  "INVITATION_RESENT",
  "INVITATION_CANCELLED",
  "INVITATION_ACCEPTED",
  "HABILITATIONS_REMOVED_WITH_USER",
  "HABILITATIONS_REMOVED_WITH_COMPANY",
  "ACCOUNT_DISABLED",
  "ACCOUNT_ENABLED",
  "ACCOUNT_UNLOCKED",
  "PASSWORD_RESET_SENT",
  "ADDRESS_VALIDATION_SENT",
  "ACCOUNT_DELETED",
  "ACCOUNT_CREATED",
  "DATA_EXPORTED",
  "ACCOUNT_IMPORTED",
  "APPLICATION_CREATED",
  "APPLICATION_UPDATED",
  "APPLICATION_SECRET_ROTATED",
] as const;

/** The CSV exports (UTF-8 with BOM, `;`, one row per habilitation for the users), streamed. */
export type ExportKind = "users" | "audit";

export type AdminApi = ReturnType<typeof adminEndpoints>;

/**
 * The CSV exports of efp-admin over a downloader of its root: the Response, its body a stream
 * (Mon compte counts what arrives, the CLI writes it to a file as it comes).
 */
export function adminExports(download: Download) {
  return {
    users: (query: Omit<UserQuery, "first" | "max">) => download("exports/users", query),
    audit: (query: Omit<AuditQuery, "first" | "max">) => download("exports/audit", query),
  };
}

export type AdminExports = ReturnType<typeof adminExports>;

/** The endpoints of efp-admin over a caller of its root. */
export function adminEndpoints(call: Call) {
  const list = <T>(path: string, query?: Query) => call<{ items: T[] }>("GET", path, undefined, query).then(({ items }) => items);
  return {
    applications: () => list<Application>("applications"),
    ...applicationEndpoints(call),
    companies: (query: { search?: string; first?: string | number; max?: string | number }) => list<Company>("companies", query),
    company: (alias: string) => call<Company>("GET", `companies/${encodeURIComponent(alias)}`),
    createCompany: (body: CompanyInput) => call<Company>("POST", "companies", body),
    habilitations: (query: ListQuery) => call<HabilitationsPage>("GET", "habilitations", undefined, query),
    grant: (body: HabilitationInput) => call<Habilitation>("POST", "habilitations", body),
    revoke: (id: string) => call<void>("DELETE", `habilitations/${encodeURIComponent(id)}`),
    requests: (query: Omit<ListQuery, "user">) => list<AccessRequest>("requests", query),
    approveRequest: (id: string, body: ApprovalInput) => call<void>("POST", `requests/${encodeURIComponent(id)}/approve`, body),
    refuseRequest: (id: string, reason: string) => call<void>("POST", `requests/${encodeURIComponent(id)}/refuse`, { reason }),
    raCodes: (query: RaCodeQuery) => list<RaCode>("ra-codes", query),
    raCodesPage: (query: RaCodeQuery) => call<RaCodesPage>("GET", "ra-codes", undefined, query),
    createRaCode: (body: RaCodeInput) => call<CreatedRaCode>("POST", "ra-codes", body),
    revokeRaCode: (id: string) => call<void>("DELETE", `ra-codes/${encodeURIComponent(id)}`),
    audit: (query: ListQuery) => list<AuditEntry>("audit", query),
    journal: (query: AuditQuery) => call<AuditPage>("GET", "audit", undefined, query),
    users: (query: UserQuery) => call<UserRowsPage>("GET", "users", undefined, query),
    user: (id: string) => call<UserPage>("GET", `users/${encodeURIComponent(id)}`),
    actOnUser: (id: string, action: Exclude<AccountAction, "delete">) => call<void>("POST", `users/${encodeURIComponent(id)}/${action}`),
    createUser: (body: NewAccountInput) => call<{ id: string; username: string }>("POST", "users", body),
    deleteUser: (id: string, confirm: string) => call<void>("POST", `users/${encodeURIComponent(id)}/delete`, { confirm }),
    history: (id: string, query: { first?: string | number; max?: string | number }) =>
      call<HistoryPage>("GET", `users/${encodeURIComponent(id)}/history`, undefined, query),
  };
}
