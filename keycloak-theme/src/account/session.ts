import Keycloak from "keycloak-js";
import type { KcContext } from "./KcContext";
import { accountRoot, realmEndpoints, realmUrl, registrationUrl, silentCheckUrl } from "./endpoints";

/** What Mon compte knows of the signed-in person: the claims of their ID token. */
export type Person = {
  firstName: string;
  lastName: string;
  email: string;
  /** From efp.user-kind (account-console's efp-user-kind mapper): agents are read only. */
  kind: "agent" | "professional";
};

/**
 * Keycloak's application-initiated actions: those offered on "Mon profil" (professionals only),
 * and the access manager charter, opened when the API says it is owed (charter_not_accepted).
 */
export type AccountAction = "UPDATE_PROFILE" | "UPDATE_PASSWORD" | "efp-access-manager-charter";

export type Session = {
  person: Person;
  /** A valid access token for the efp-access API, refreshed when it is about to expire. */
  token: () => Promise<string>;
  logout: () => void;
  /** Logs out and comes back to the same page (an invitation meant for another account). */
  switchAccount: () => void;
  startAction: (action: AccountAction, lang: string) => void;
  /** The profile action Keycloak just completed on the way back here, if any. */
  completedAction?: "UPDATE_PROFILE" | "UPDATE_PASSWORD";
  /** The token is also issued for efp-admin (EFP ADMIN's screens); see openAdministration. */
  administration: boolean;
  /**
   * Signs in again (without a page: the SSO session answers) asking for the efp-admin scope too,
   * and comes back to the same page. Asked for only when the person opens EFP ADMIN: the
   * tokens of everyone else's Mon compte are not meant for the admin API. False, and nothing
   * done, when this tab already asked and Keycloak did not give it (no loop of sign-ins).
   */
  openAdministration: () => boolean;
};

/** Someone not signed in, on a page that may be seen so (an invitation): they choose how to sign in. */
export type Visitor = {
  /** Keycloak's login page, the address filled in when known. */
  login: (loginHint: string | undefined, lang: string) => void;
  /** Keycloak's account creation page, the address filled in when known. */
  register: (loginHint: string | undefined, lang: string) => void;
};

export type Started = { session: Session; visitor?: undefined } | { session?: undefined; visitor: Visitor };

// The code comes back in the query (response_mode=query): the fragment is the page's route,
// which the authorization request must not carry, so it is kept here across the round trip.
const ROUTE_KEY = "efp.account.route";
// The action asked for, in case Keycloak's answer names only its status.
const ACTION_KEY = "efp.account.action";
// Set once the person opens EFP ADMIN in this tab: every later sign-in asks for its scope too.
const ADMIN_KEY = "efp.account.admin";
const ADMIN_SCOPE = "efp-admin";
const OAUTH_PARAMS = ["code", "state", "session_state", "iss", "error", "error_description", "error_uri", "kc_action_status", "kc_action"];

/** This page without the route and without what Keycloak adds on its way back. */
function returnUrl(): string {
  const url = new URL(window.location.href);
  OAUTH_PARAMS.forEach((name) => url.searchParams.delete(name));
  url.hash = "";
  return url.toString();
}

function isCallback(): boolean {
  const params = new URLSearchParams(window.location.search);
  return params.has("state") && (params.has("code") || params.has("error"));
}

/**
 * Signs the person in with the realm's account-console client (public, authorization code with
 * PKCE S256), the client Keycloak itself declares for its account console. An existing SSO
 * session is found in a hidden frame (prompt=none), so that the page loads once; without one,
 * Keycloak's login page, or, on a route that `signInOptional` accepts (an invitation), a
 * visitor, who may create an account before signing in. No session-polling iframe: the session
 * is checked on each token refresh.
 */
export async function startSession(kcContext: KcContext, signInOptional: (hash: string) => boolean = () => false): Promise<Started> {
  if (!isCallback() && window.location.hash.length > 1) {
    sessionStorage.setItem(ROUTE_KEY, window.location.hash);
  }
  const optional = signInOptional(sessionStorage.getItem(ROUTE_KEY) ?? "");
  const keycloak = new Keycloak({
    oidcProvider: realmEndpoints(realmUrl(kcContext.authServerUrl ?? `${kcContext.serverBaseUrl ?? window.location.origin}/`, kcContext.realm.name)),
    clientId: kcContext.clientId ?? "account-console",
  });
  let completedAction: Session["completedAction"];
  const startedAction = sessionStorage.getItem(ACTION_KEY);
  sessionStorage.removeItem(ACTION_KEY);
  keycloak.onActionUpdate = (status, action) => {
    const done = action ?? startedAction;
    if (status === "success" && (done === "UPDATE_PROFILE" || done === "UPDATE_PASSWORD")) completedAction = done;
  };
  const adminAsked = sessionStorage.getItem(ADMIN_KEY) === "1";
  const authenticated = await keycloak.init({
    onLoad: "check-sso",
    silentCheckSsoRedirectUri: silentCheckUrl(accountRoot(window.location.href)),
    pkceMethod: "S256",
    responseMode: "query",
    checkLoginIframe: false,
    redirectUri: returnUrl(),
    ...(adminAsked && { scope: ADMIN_SCOPE }),
  });
  if (!authenticated && !optional) {
    // No SSO session (or one that owes an action first): Keycloak's login page, then back here.
    await keycloak.login({ redirectUri: returnUrl() });
    return new Promise<Started>(() => undefined);
  }
  const route = sessionStorage.getItem(ROUTE_KEY);
  sessionStorage.removeItem(ROUTE_KEY);
  if (route !== null && window.location.hash.length <= 1) {
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${window.location.search}${route}`);
  }

  // Leaving for Keycloak's pages: the route comes back with the person, as for any sign-in.
  const leave = (go: () => Promise<void>) => {
    sessionStorage.setItem(ROUTE_KEY, window.location.hash);
    void go();
  };
  if (!authenticated) {
    return {
      visitor: {
        login: (loginHint, lang) => leave(() => keycloak.login({ loginHint, locale: lang, redirectUri: returnUrl() })),
        register: (loginHint, lang) =>
          leave(async () => window.location.assign(registrationUrl(await keycloak.createLoginUrl({ loginHint, locale: lang, redirectUri: returnUrl() })))),
      },
    };
  }

  const claims = (keycloak.idTokenParsed ?? {}) as Record<string, unknown>;
  const text = (name: string) => (typeof claims[name] === "string" ? (claims[name] as string) : "");
  const session: Session = {
    person: {
      firstName: text("given_name"),
      lastName: text("family_name"),
      email: text("email"),
      kind: text("efp_user_kind") === "agent" ? "agent" : "professional",
    },
    completedAction,
    administration: [keycloak.tokenParsed?.aud].flat().includes(ADMIN_SCOPE),
    openAdministration: () => {
      if (adminAsked) return false;
      sessionStorage.setItem(ADMIN_KEY, "1");
      leave(() => keycloak.login({ scope: ADMIN_SCOPE, redirectUri: returnUrl() }));
      return true;
    },
    token: async () => {
      try {
        await keycloak.updateToken(30);
      } catch {
        // The SSO session ended (logout elsewhere, idle timeout): sign in again, then come back.
        sessionStorage.setItem(ROUTE_KEY, window.location.hash);
        await keycloak.login({ redirectUri: returnUrl() });
      }
      return keycloak.token ?? "";
    },
    logout: () => void keycloak.logout({ redirectUri: returnUrl() }),
    switchAccount: () => leave(() => keycloak.logout({ redirectUri: returnUrl() })),
    startAction: (action, lang) => {
      sessionStorage.setItem(ACTION_KEY, action);
      leave(() => keycloak.login({ action, locale: lang, redirectUri: returnUrl() }));
    },
  };
  return { session };
}
