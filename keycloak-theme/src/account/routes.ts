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
export type Page = "applications" | "requests" | "profile" | "access-users" | "access-requests" | "access-invitations" | "invitation";

/** What an invitation link holds: its token, and the invited address (the sign-in's hint). */
export type InvitationLink = { token: string; email?: string };

export type Route = { page: Page; application?: string; siret?: string; invitation?: InvitationLink };

const fragments: Record<Page, string> = {
  applications: "#/applications",
  requests: "#/demandes",
  profile: "#/profil",
  "access-users": "#/acces/utilisateurs",
  "access-requests": "#/acces/demandes",
  "access-invitations": "#/acces/invitations",
  invitation: "#/invitation",
};

export function isAccessPage(page: Page): boolean {
  return page === "access-users" || page === "access-requests" || page === "access-invitations";
}

/** The invitation page may be seen before signing in: it offers to create the account first. */
export function isSignInOptional(page: Page): boolean {
  return page === "invitation";
}

/** An unknown or empty fragment is the home page, "Mes applications"; `#/acces` the users tab. */
export function parseRoute(location: { search: string; hash: string }): Route {
  const question = location.hash.indexOf("?");
  const hash = (question < 0 ? location.hash : location.hash.slice(0, question)).replace(/\/+$/, "");
  const page = (Object.keys(fragments) as Page[]).find((candidate) => fragments[candidate] === hash) ?? (hash === "#/acces" ? "access-users" : "applications");
  const query = new URLSearchParams(location.search);
  const route: Route = { page, application: query.get("application") ?? undefined, siret: query.get("siret") ?? undefined };
  if (page === "invitation" && question >= 0) {
    const link = new URLSearchParams(location.hash.slice(question + 1));
    const token = link.get("token");
    if (token) route.invitation = { token, email: link.get("email") ?? undefined };
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
  return `${location.pathname}${search === "" ? "" : `?${search}`}${fragments[route.page]}`;
}
