// The JSON of keycloak-extension's efp-access API (AccessResource.java, HabilitatedUsers.java).

export type CompanyAccess = { siret: string; name: string; roles: string[]; accessManager: boolean };

export type MyApplication = { clientId: string; name: string; description?: string | null; url?: string | null; companies: CompanyAccess[] };

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
};

export type PendingRequests = { items: AccessRequest[]; roles: string[] };

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

export type PendingInvitations = { items: Invitation[]; roles: string[] };

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
};
