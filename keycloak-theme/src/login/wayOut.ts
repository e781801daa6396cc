/** The way out under the card of every login page but the login page (components/WayOut.tsx). */

/** What a page offers under its card; every page but the login page shows some of it (Template). */
export type WayOutOptions = {
  /** "Retour à l'application" when Keycloak knows the application's address (default: true). */
  application?: boolean;
  /** "Se déconnecter"; by default on the pages met once the person is known. */
  signOut?: boolean;
};

/** The realm's base address (…/realms/efp), from an address Keycloak gave the page (some are relative to it). */
export function realmUrlOf(anyRealmUrl: string | undefined, realmName: string, base = window.location.href): string | undefined {
  if (!anyRealmUrl) return undefined;
  try {
    const url = new URL(anyRealmUrl, base);
    const marker = `/realms/${encodeURIComponent(realmName)}`;
    const at = url.pathname.indexOf(marker);
    if (at < 0) return undefined;
    return `${url.origin}${url.pathname.slice(0, at + marker.length)}`;
  } catch {
    return undefined;
  }
}

/**
 * Which way out each page shows: none on the login page itself; no second "back to the
 * application" on the pages that already lead there (info, error); no "Se déconnecter" where the
 * person has just signed out or is being asked to.
 */
export function wayOutOf(pageId: string): WayOutOptions | undefined {
  switch (pageId) {
    case "login.ftl":
      return undefined;
    case "info.ftl":
    case "error.ftl":
      return { application: false };
    case "logout-confirm.ftl":
    case "efp-charter-declined.ftl":
      return { signOut: false };
    default:
      return {};
  }
}
