import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from "react";

/**
 * Routes live in the fragment (#/demandes), so that Keycloak serves the same page whatever the
 * route; the application and company being managed live in the query, as in the link of the
 * access-request email: /realms/efp/account/?application=soffi&siret=…#/acces/demandes.
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

export function parseRoute(location: { search: string; hash: string }): Route {
  const hash = location.hash.replace(/\/+$/, "");
  const page = (Object.keys(fragments) as Page[]).find((candidate) => fragments[candidate] === hash) ?? (hash === "#/acces" ? "access-users" : "applications");
  const query = new URLSearchParams(location.search);
  return { page, application: query.get("application") ?? undefined, siret: query.get("siret") ?? undefined };
}

/** The URL of a route; the managed pair only goes with the access pages. */
export function hrefOf(route: Route): string {
  const query = new URLSearchParams(window.location.search);
  query.delete("application");
  query.delete("siret");
  if (isAccessPage(route.page) && route.application && route.siret) {
    query.set("application", route.application);
    query.set("siret", route.siret);
  }
  return `${window.location.pathname}${query.size > 0 ? `?${query}` : ""}${fragments[route.page]}`;
}

const listeners = new Set<() => void>();
let snapshot = "";
const read = () => `${window.location.search}${window.location.hash}`;

function subscribe(listener: () => void) {
  listeners.add(listener);
  const notify = () => listener();
  window.addEventListener("popstate", notify);
  window.addEventListener("hashchange", notify);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", notify);
    window.removeEventListener("hashchange", notify);
  };
}

export function navigate(route: Route, options: { replace?: boolean } = {}) {
  const href = hrefOf(route);
  if (options.replace) window.history.replaceState(window.history.state, "", href);
  else window.history.pushState(null, "", href);
  listeners.forEach((listener) => listener());
}

export function useRoute(): Route {
  const current = useSyncExternalStore(subscribe, () => {
    const value = read();
    // An in-page anchor (#footer…) is not a route: the page stays where it is.
    const hash = window.location.hash;
    if (value !== snapshot && (hash.length <= 1 || hash.startsWith("#/"))) snapshot = value;
    return snapshot;
  });
  const [search, hash] = splitOnce(current, "#");
  return parseRoute({ search, hash: hash === undefined ? "" : `#${hash}` });
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const index = text.indexOf(separator);
  return index < 0 ? [text, undefined] : [text.slice(0, index), text.slice(index + 1)];
}

/**
 * Props of a real link to a route: a plain click stays in the page (no reload, which would sign
 * in again); a middle click or Ctrl+click opens it elsewhere like any link.
 */
export function routeLinkProps(route: Route): AnchorHTMLAttributes<HTMLAnchorElement> & { href: string } {
  return {
    href: hrefOf(route),
    onClick: (event: MouseEvent<HTMLAnchorElement>) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      navigate(route);
    }
  };
}
