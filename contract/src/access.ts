// efp-access, the API of "Mon compte" (/realms/<realm>/efp-access), called with a person's own
// token: its JSON and its endpoints (the extension's access management and invitations).
import type { Call } from "./http.js";

/** How people read each role of an application, by role name, in French and in English (tokens keep the names). */
export type RoleLabels = Record<string, { fr: string; en: string }>;

export type CompanyAccess = { siret: string; name: string; roles: string[]; accessManager: boolean };

export type MyApplication = {
  clientId: string;
  name: string;
  description?: string | null;
  url?: string | null;
  companies: CompanyAccess[];
  roleLabels: RoleLabels;
};

export type RequestStatus = "PENDING" | "APPROVED" | "REFUSED" | "CANCELLED";

export type Requester = { id: string; email: string; firstName: string; lastName: string };

export type AccessRequest = {
  id: string;
  application: string | null;
  applicationName: string | null;
  siret?: string;
  companyName?: string;
  status: RequestStatus;
  description: string | null;
  createdAt: string;
  decidedAt: string | null;
  reason: string | null;
  /** Only in the access managers' list. */
  requester?: Requester;
};

export type ManagedPair = { application: string; applicationName: string; siret: string; companyName: string; pendingRequests: number };

/** An application whose every company I may see: I am its admin or support agent, or an administrator. */
export type AdministeredApplication = { application: string; applicationName: string; canManage: boolean };

export type ApplicationCompany = { siret: string; name: string; address: string | null; habilitations: number; pendingRequests: number };

export type ApplicationCompanies = { application: string; applicationName: string; total: number; items: ApplicationCompany[] };

/** An establishment of the company directory, with what the application has there; `known`: already a company of EFP Connect. */
export type DirectoryCompany = { siret: string; name: string; address: string; known: boolean; habilitations: number; pendingRequests: number };

/** A search of the company directory for an application; `totalCapped`: the directory stopped counting at `total`. */
export type ApplicationDirectory = { application: string; applicationName: string; total: number; totalCapped: boolean; items: DirectoryCompany[] };

/** Body of an opening: the SIRET of an establishment of the directory. */
export type OpeningBody = { siret: string };

/** What the invitation page may show before its visitor signs in. */
export type InvitationPreview = { applicationName: string; companyName: string };

export type HabilitationKind = "member" | "third-party";

export type HabilitatedUser = {
  id: string;
  userId: string;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  roles: string[];
  accessManager: boolean;
  kind: HabilitationKind;
  expiresAt: string | null;
};

/** What the users page counts over the whole company (not the page, not the search). */
export type UserCounts = { countsByRole: Record<string, number>; accessManagers: number; thirdParties: number; habilitated: number };

export type UsersPage = {
  application: string;
  applicationName: string;
  siret: string;
  companyName: string;
  total: number;
  first: number;
  max: number;
  items: HabilitatedUser[];
  countsByRole: Record<string, number>;
  accessManagers: number;
  thirdParties: number;
  habilitated: number;
  roles: string[];
  roleLabels: RoleLabels;
};

export type PendingRequests = { items: AccessRequest[]; roles: string[]; roleLabels: RoleLabels };

/** Body of an approval, a grant (with `user`) or an update. */
export type GrantBody = { user?: string; roles: string[]; accessManager: boolean; kind?: HabilitationKind; expiresAt?: string | null };

/** A pending invitation, as the access managers' list shows it. */
export type Invitation = {
  id: string;
  email: string;
  roles: string[];
  accessManager: boolean;
  kind: HabilitationKind;
  /** End of the habilitation it gives, if any. */
  habilitationExpiresAt: string | null;
  invitedBy: { name: string; email: string } | null;
  status: "PENDING" | "ACCEPTED" | "CANCELLED";
  createdAt: string;
  sentAt: string;
  /** End of the link's validity. */
  expiresAt: string;
  expired: boolean;
};

export type PendingInvitations = { items: Invitation[]; roles: string[]; roleLabels: RoleLabels };

/** Body of an invitation: the address and the habilitation it gives. */
export type InviteBody = { email: string; roles: string[]; accessManager: boolean; kind?: HabilitationKind; expiresAt?: string | null };

/** What an accepted invitation gave. */
export type AcceptedInvitation = {
  application: string;
  applicationName: string;
  url: string | null;
  siret: string;
  companyName: string;
  roles: string[];
  accessManager: boolean;
  kind: HabilitationKind;
  expiresAt: string | null;
  roleLabels: RoleLabels;
};

/** Body of an access request: the application, the company's SIRET, what the person needs. */
export type NewAccessRequest = { application: string; siret: string; description?: string };

/** Body of a refusal: why, shown to the requester. */
export type RefusalBody = { reason: string };

/** Body of an invitation's acceptance: the token goes in the body, never in a URL. */
export type AcceptanceBody = { token: string };

export type AccessApi = ReturnType<typeof accessEndpoints>;

/** The endpoints of efp-access over a caller of its root. It decides who may do what; callers only show what it answers. */
export function accessEndpoints(call: Call) {
  const pair = (application: string, siret: string) => `applications/${encodeURIComponent(application)}/companies/${encodeURIComponent(siret)}`;
  return {
    myApplications: () => call<{ items: MyApplication[] }>("GET", "me/applications").then(({ items }) => items),
    myRequests: () => call<{ items: AccessRequest[] }>("GET", "me/requests").then(({ items }) => items),
    cancelMyRequest: (id: string) => call<void>("DELETE", `me/requests/${encodeURIComponent(id)}`),
    managed: () => call<{ items: ManagedPair[] }>("GET", "me/managed").then(({ items }) => items),
    administered: () => call<{ items: AdministeredApplication[] }>("GET", "me/administered").then(({ items }) => items),
    applicationCompanies: (application: string, query: { search?: string; first?: number; max?: number }) =>
      call<ApplicationCompanies>("GET", `applications/${encodeURIComponent(application)}/companies`, undefined, query),
    directory: (application: string, query: { search: string; max?: number }) =>
      call<ApplicationDirectory>("GET", `applications/${encodeURIComponent(application)}/directory`, undefined, query),
    openCompany: (application: string, siret: string) =>
      call<ApplicationCompany>("POST", `applications/${encodeURIComponent(application)}/companies`, { siret } satisfies OpeningBody),
    /** `counts: "false"` leaves out the counts (UserCounts), which paging and searching do not change. */
    users: (application: string, siret: string, query: { search?: string; role?: string; first?: number; max?: number; counts?: "false" }) =>
      call<Omit<UsersPage, keyof UserCounts> & Partial<UserCounts>>("GET", `${pair(application, siret)}/users`, undefined, query),
    pendingRequests: (application: string, siret: string) => call<PendingRequests>("GET", `${pair(application, siret)}/requests`),
    approve: (application: string, siret: string, id: string, body: GrantBody) =>
      call<void>("POST", `${pair(application, siret)}/requests/${encodeURIComponent(id)}/approve`, body),
    refuse: (application: string, siret: string, id: string, reason: string) =>
      call<void>("POST", `${pair(application, siret)}/requests/${encodeURIComponent(id)}/refuse`, { reason } satisfies RefusalBody),
    grant: (application: string, siret: string, body: GrantBody) => call<{ id: string }>("POST", `${pair(application, siret)}/habilitations`, body),
    update: (application: string, siret: string, id: string, body: GrantBody) =>
      call<void>("PUT", `${pair(application, siret)}/habilitations/${encodeURIComponent(id)}`, body),
    revoke: (application: string, siret: string, id: string) => call<void>("DELETE", `${pair(application, siret)}/habilitations/${encodeURIComponent(id)}`),
    invitations: (application: string, siret: string) => call<PendingInvitations>("GET", `${pair(application, siret)}/invitations`),
    invite: (application: string, siret: string, body: InviteBody) => call<Invitation>("POST", `${pair(application, siret)}/invitations`, body),
    resendInvitation: (application: string, siret: string, id: string) =>
      call<Invitation>("POST", `${pair(application, siret)}/invitations/${encodeURIComponent(id)}/resend`),
    cancelInvitation: (application: string, siret: string, id: string) =>
      call<void>("DELETE", `${pair(application, siret)}/invitations/${encodeURIComponent(id)}`),
    /** Mon compte's language switch: kept on the account and in Keycloak's locale cookie. */
    setMyLocale: (locale: string) => call<{ locale: string }>("PUT", "me/locale", { locale }),
    acceptInvitation: (token: string) => call<AcceptedInvitation>("POST", "me/invitations/accept", { token } satisfies AcceptanceBody),
  };
}

/**
 * The invitation link before signing in (no token: `root` is apiRoot() of efp-access): the
 * service and the company of a usable invitation, or undefined for any other link (404).
 */
export async function previewInvitation(root: string, token: string): Promise<InvitationPreview | undefined> {
  const response = await fetch(`${root}/invitations/preview`, {
    method: "POST",
    headers: { accept: "application/json", "content-type": "application/json" },
    body: JSON.stringify({ token } satisfies AcceptanceBody),
  });
  if (!response.ok) return undefined;
  return (await response.json()) as InvitationPreview;
}
