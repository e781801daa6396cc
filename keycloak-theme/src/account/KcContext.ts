import type { KcEnvName, ThemeName } from "../kc.gen";

/**
 * What Keycloak's account console page (AccountConsole, Keycloak 25+) puts in the FreeMarker
 * model, which keycloakify's generated index.ftl serializes into window.kcContext. Only the
 * fields Mon compte reads are typed; everything about the user comes from the token and the
 * efp-access API, never from here.
 */
export type KcContext = {
  themeType: "account";
  themeName: ThemeName;
  pageId: "index.ftl";
  realm: { name: string };
  /** The locale Keycloak resolved for this visit (user attribute, cookie, browser, realm default). */
  locale?: string;
  /** Public base URL of Keycloak, e.g. https://connect.example.gouv.fr (no trailing slash). */
  serverBaseUrl?: string;
  /** Same with a trailing slash; what keycloak-js expects as `url`. */
  authServerUrl?: string;
  /** The realm's account-console client. */
  clientId?: string;
  /** Theme settings, including the EFP_* variables ops set (README, "Settings"). */
  properties: Record<KcEnvName, string>;
};
