import Keycloak from "keycloak-js";
import type { KcContext } from "./KcContext";

/** What Mon compte knows of the signed-in person: the claims of their ID token. */
export type Person = {
  firstName: string;
  lastName: string;
  email: string;
  /** From efp.user-kind (account-console's efp-user-kind mapper): agents are read only. */
  kind: "agent" | "professional";
};

/** Keycloak's application-initiated actions offered on "Mon profil" (professionals only). */
export type AccountAction = "UPDATE_PROFILE" | "UPDATE_PASSWORD";

export type Session = {
  person: Person;
  /** A valid access token for the efp-access API, refreshed when it is about to expire. */
  token: () => Promise<string>;
  logout: () => void;
  startAction: (action: AccountAction, lang: string) => void;
  /** The action Keycloak just completed on the way back here, if any. */
  completedAction?: AccountAction;
};

// The code comes back in the query (response_mode=query): the fragment is the page's route,
// which the authorization request must not carry, so it is kept here across the round trip.
const ROUTE_KEY = "efp.account.route";
// The action asked for, in case Keycloak's answer names only its status.
const ACTION_KEY = "efp.account.action";
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
 * PKCE S256), the client Keycloak itself declares for its account console. No iframe: the
 * session is checked on each token refresh.
 */
export async function startSession(kcContext: KcContext): Promise<Session> {
  if (!isCallback() && window.location.hash.length > 1) {
    sessionStorage.setItem(ROUTE_KEY, window.location.hash);
  }
  const keycloak = new Keycloak({
    url: kcContext.authServerUrl ?? `${kcContext.serverBaseUrl ?? window.location.origin}/`,
    realm: kcContext.realm.name,
    clientId: kcContext.clientId ?? "account-console"
  });
  let completedAction: AccountAction | undefined;
  const startedAction = sessionStorage.getItem(ACTION_KEY);
  sessionStorage.removeItem(ACTION_KEY);
  keycloak.onActionUpdate = (status, action) => {
    const done = action ?? startedAction;
    if (status === "success" && (done === "UPDATE_PROFILE" || done === "UPDATE_PASSWORD")) completedAction = done;
  };
  await keycloak.init({
    onLoad: "login-required",
    pkceMethod: "S256",
    responseMode: "query",
    checkLoginIframe: false,
    redirectUri: returnUrl()
  });
  const route = sessionStorage.getItem(ROUTE_KEY);
  sessionStorage.removeItem(ROUTE_KEY);
  if (route !== null && window.location.hash.length <= 1) {
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${window.location.search}${route}`);
  }

  const claims = (keycloak.idTokenParsed ?? {}) as Record<string, unknown>;
  const text = (name: string) => (typeof claims[name] === "string" ? (claims[name] as string) : "");
  return {
    person: {
      firstName: text("given_name"),
      lastName: text("family_name"),
      email: text("email"),
      kind: text("efp_user_kind") === "agent" ? "agent" : "professional"
    },
    completedAction,
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
    startAction: (action, lang) => {
      sessionStorage.setItem(ROUTE_KEY, window.location.hash);
      sessionStorage.setItem(ACTION_KEY, action);
      void keycloak.login({ action, locale: lang, redirectUri: returnUrl() });
    }
  };
}
