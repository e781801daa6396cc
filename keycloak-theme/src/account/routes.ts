/**
 * The routes of Mon compte, pure (no window), so they are unit-tested. Routes live in the
 * fragment (#/demandes), so that Keycloak serves the same page whatever the route; the
 * application and company being managed live in the query, as in the link of the access-request
 * email: /realms/efp/account/?application=soffi&siret=…#/acces/demandes.
 *
 * The link of an invitation email carries its token in the fragment, never in the query:
 * /realms/efp/account/#/invitation?token=…&email=…. A browser never sends the fragment to a
 * server (no access log, no Referer, not in the redirect_uri of the sign-in).
 */
export type Page =
  | "applications"
  | "requests"
  | "profile"
  | "access-users"
  | "access-requests"
  | "access-invitations"
  | "invitation"
  | "admin-users"
  | "admin-user"
  | "admin-journal"
  | "admin-new-user"
  | "admin-ra-codes"
  | "admin-applications"
  | "admin-application"
  | "admin-new-application";

/** What an invitation link holds: its token, and the invited address (the sign-in's hint). */
export type InvitationLink = { token: string; email?: string };

/**
 * EFP ADMIN's user search as the list's address holds it (#/admin/utilisateurs?q=…&status=…), so
 * that coming back from a user's page, or a shared link, shows the same list.
 */
export type AdminSearch = Partial<Record<(typeof ADMIN_SEARCH_KEYS)[number], string>>;
export const ADMIN_SEARCH_KEYS = ["q", "application", "kind", "status", "sort", "first"] as const;

/** EFP ADMIN's audit journal filters as its address holds them (#/admin/journal?action=…&from=…). */
export type JournalSearch = Partial<Record<(typeof JOURNAL_SEARCH_KEYS)[number], string>>;
export const JOURNAL_SEARCH_KEYS = ["application", "company", "user", "actor", "action", "from", "to", "first"] as const;

/** EFP ADMIN's RA codes as their address holds them (#/admin/codes-ra?application=…&status=…). */
export type RaCodesSearch = Partial<Record<(typeof RA_CODES_SEARCH_KEYS)[number], string>>;
export const RA_CODES_SEARCH_KEYS = ["application", "company", "status", "first"] as const;

export type Route = {
  page: Page;
  application?: string;
  siret?: string;
  invitation?: InvitationLink;
  /** EFP ADMIN: the user search (admin-users), the account shown (admin-user). */
  search?: AdminSearch;
  userId?: string;
  /** EFP ADMIN: the journal's filters (admin-journal). */
  journal?: JournalSearch;
  /** EFP ADMIN: the RA codes' application and filters (admin-ra-codes). */
  raCodes?: RaCodesSearch;
  /** EFP ADMIN: the application shown (admin-application, #/admin/application?id=<clientId>). */
  clientId?: string;
};

const fragments: Record<Page, string> = {
  applications: "#/applications",
  requests: "#/demandes",
  profile: "#/profil",
  "access-users": "#/acces/utilisateurs",
  "access-requests": "#/acces/demandes",
  "access-invitations": "#/acces/invitations",
  invitation: "#/invitation",
  "admin-users": "#/admin/utilisateurs",
  "admin-user": "#/admin/utilisateur",
  "admin-new-user": "#/admin/nouveau-compte",
  "admin-journal": "#/admin/journal",
  "admin-ra-codes": "#/admin/codes-ra",
  "admin-applications": "#/admin/applications",
  "admin-application": "#/admin/application",
  "admin-new-application": "#/admin/nouvelle-application",
};

export function isAccessPage(page: Page): boolean {
  return page === "access-users" || page === "access-requests" || page === "access-invitations";
}

/** EFP ADMIN's pages, for application admins, support agents and administrators. */
export function isAdminPage(page: Page): boolean {
  return (
    page === "admin-users" ||
    page === "admin-user" ||
    page === "admin-journal" ||
    page === "admin-new-user" ||
    page === "admin-applications" ||
    page === "admin-application" ||
    page === "admin-new-application" ||
    page === "admin-ra-codes"
  );
}

/** The invitation page may be seen before signing in: it offers to create the account first. */
export function isSignInOptional(page: Page): boolean {
  return page === "invitation";
}

/** An unknown or empty fragment is the home page, "Mes applications"; `#/acces` the users tab. */
export function parseRoute(location: { search: string; hash: string }): Route {
  const question = location.hash.indexOf("?");
  const hash = (question < 0 ? location.hash : location.hash.slice(0, question)).replace(/\/+$/, "");
  const page =
    (Object.keys(fragments) as Page[]).find((candidate) => fragments[candidate] === hash) ??
    (hash === "#/acces" ? "access-users" : hash === "#/admin" ? "admin-users" : "applications");
  const query = new URLSearchParams(location.search);
  const route: Route = { page, application: query.get("application") ?? undefined, siret: query.get("siret") ?? undefined };
  if (page === "invitation" && question >= 0) {
    const link = new URLSearchParams(location.hash.slice(question + 1));
    const token = link.get("token");
    if (token) route.invitation = { token, email: link.get("email") ?? undefined };
  }
  const fragmentQuery = new URLSearchParams(question < 0 ? "" : location.hash.slice(question + 1));
  if (page === "admin-users") {
    const search: AdminSearch = {};
    for (const key of ADMIN_SEARCH_KEYS) {
      const value = fragmentQuery.get(key);
      if (value !== null && value !== "") search[key] = value;
    }
    route.search = search;
  }
  if (page === "admin-user") {
    const id = fragmentQuery.get("id");
    if (id) route.userId = id;
  }
  if (page === "admin-journal") route.journal = pick(fragmentQuery, JOURNAL_SEARCH_KEYS);
  if (page === "admin-ra-codes") route.raCodes = pick(fragmentQuery, RA_CODES_SEARCH_KEYS);
  if (page === "admin-application") {
    const id = fragmentQuery.get("id");
    if (id) route.clientId = id;
  }
  return route;
}

/**
 * The URL of a route from the current page's; the managed pair only goes with the access
 * pages. An invitation's token is never written back: the page drops it once used.
 */
export function hrefFor(route: Route, location: { pathname: string; search: string }): string {
  const query = new URLSearchParams(location.search);
  query.delete("application");
  query.delete("siret");
  if (isAccessPage(route.page) && route.application && route.siret) {
    query.set("application", route.application);
    query.set("siret", route.siret);
  }
  const search = query.toString();
  const inFragment = new URLSearchParams();
  if (route.page === "admin-users") {
    for (const key of ADMIN_SEARCH_KEYS) {
      const value = route.search?.[key];
      if (value !== undefined && value !== "") inFragment.set(key, value);
    }
  }
  if (route.page === "admin-user" && route.userId) inFragment.set("id", route.userId);
  if (route.page === "admin-application" && route.clientId) inFragment.set("id", route.clientId);
  if (route.page === "admin-journal") {
    for (const key of JOURNAL_SEARCH_KEYS) {
      const value = route.journal?.[key];
      if (value !== undefined && value !== "") inFragment.set(key, value);
    }
  }
  if (route.page === "admin-ra-codes") {
    for (const key of RA_CODES_SEARCH_KEYS) {
      const value = route.raCodes?.[key];
      if (value !== undefined && value !== "") inFragment.set(key, value);
    }
  }
  const fragmentQuery = inFragment.toString();
  return `${location.pathname}${search === "" ? "" : `?${search}`}${fragments[route.page]}${fragmentQuery === "" ? "" : `?${fragmentQuery}`}`;
}

/** The known keys of a fragment's query that have a value. */
function pick<K extends string>(query: URLSearchParams, keys: readonly K[]): Partial<Record<K, string>> {
  const picked: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = query.get(key);
    if (value !== null && value !== "") picked[key] = value;
  }
  return picked;
}
