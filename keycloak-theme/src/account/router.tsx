import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from "react";
import { hrefFor, parseRoute, type Route } from "./routes";

export {
  isAccessPage,
  isAdminPage,
  isSignInOptional,
  parseRoute,
  type AdminSearch,
  type JournalSearch,
  type Page,
  type RaCodesSearch,
  type Route,
} from "./routes";

export function hrefOf(route: Route): string {
  return hrefFor(route, window.location);
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
    },
  };
}
