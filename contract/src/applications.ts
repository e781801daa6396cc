// efp-admin's applications (EFP ADMIN, `efp applications`): one application's page, its
// creation, its changes and its secret's rotation. The secret is in the answers to a creation
// and a rotation only: never read back.
import type { Call } from "./http.js";

/** A role as given to a creation or a change: its name (tokens), its French and English labels. */
export type ApplicationRoleInput = { name: string; description?: string; descriptionEn?: string };

/** A role as an application's page shows it, with the number of habilitations that carry it. */
export type ApplicationRole = { name: string; description?: string; descriptionEn?: string; habilitations: number };

/** Who made the application: `efp apply` (a realm-config file), EFP ADMIN, or someone else (the console). */
export type ApplicationSource = "realm-config" | "efp-admin" | "other";

/** What the caller may do on an application's page. */
export type ApplicationAction = "edit" | "rotate-secret";

export type ApplicationDetails = {
  clientId: string;
  name: string;
  description?: string;
  url?: string;
  logoUrl?: string;
  raCodesEnabled: boolean;
  listedPublicly: boolean;
  redirectUris: string[];
  roles: ApplicationRole[];
  source: ApplicationSource;
  /** A file of realm-config declares it: `efp apply` puts back what the file says. */
  describedInRealmConfig: boolean;
  actions: ApplicationAction[];
  /** Only in the answer to a creation or a rotation. */
  secret?: string;
};

/** Body of a creation (administrators): redirectUris default to the URL followed by `/*`. */
export type NewApplicationInput = {
  clientId: string;
  name: string;
  description?: string;
  url: string;
  logoUrl?: string;
  redirectUris?: string[];
  raCodesEnabled?: boolean;
  listedPublicly?: boolean;
  roles: ApplicationRoleInput[];
};

/** Body of a change: absent fields stay; `logoUrl` "" removes the logo; `roles` is the whole list wanted. */
export type ApplicationChangeInput = Partial<Omit<NewApplicationInput, "clientId">>;

/** The list's answer also says whether the caller may create applications (administrators). */
export type ApplicationList = { items: import("./admin.js").Application[]; actions?: "create"[] };

/** The endpoints of efp-admin's applications over a caller of its root. */
export function applicationEndpoints(call: Call) {
  const path = (clientId: string) => `applications/${encodeURIComponent(clientId)}`;
  return {
    applicationList: () => call<ApplicationList>("GET", "applications"),
    application: (clientId: string) => call<ApplicationDetails>("GET", path(clientId)),
    createApplication: (body: NewApplicationInput) => call<ApplicationDetails & { secret: string }>("POST", "applications", body),
    updateApplication: (clientId: string, body: ApplicationChangeInput) => call<ApplicationDetails>("PUT", path(clientId), body),
    rotateApplicationSecret: (clientId: string) => call<ApplicationDetails & { secret: string }>("POST", `${path(clientId)}/secret`),
  };
}
