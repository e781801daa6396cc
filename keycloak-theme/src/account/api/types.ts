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
