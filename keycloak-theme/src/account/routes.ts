/**
 * The routes of Mon compte, pure (no window), so they are unit-tested. Routes live in the
 * fragment (#/demandes), so that Keycloak serves the same page whatever the route; the
 * application and company being managed live in the query, as in the link of the access-request
 * email: /realms/efp/account/?application=soffi&siret=…#/acces/demandes.
 */
export type Page = "applications" | "requests" | "profile" | "access-users" | "access-requests";

export type Route = { page: Page; application?: string; siret?: string };

const fragments: Record<Page, string> = {
  applications: "#/applications",
  requests: "#/demandes",
  profile: "#/profil",
  "access-users": "#/acces/utilisateurs",
  "access-requests": "#/acces/demandes"
};

export function isAccessPage(page: Page): boolean {
  return page === "access-users" || page === "access-requests";
}

/** An unknown or empty fragment is the home page, "Mes applications"; `#/acces` the users tab. */
export function parseRoute(location: { search: string; hash: string }): Route {
  const hash = location.hash.replace(/\/+$/, "");
  const page = (Object.keys(fragments) as Page[]).find((candidate) => fragments[candidate] === hash) ?? (hash === "#/acces" ? "access-users" : "applications");
  const query = new URLSearchParams(location.search);
  return { page, application: query.get("application") ?? undefined, siret: query.get("siret") ?? undefined };
}

/** The URL of a route from the current page's; the managed pair only goes with the access pages. */
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
