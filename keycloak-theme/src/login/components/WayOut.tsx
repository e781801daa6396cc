import { fr } from "@codegouvfr/react-dsfr";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { realmUrlOf, type WayOutOptions } from "../wayOut";

// Pages shown to a person Keycloak already knows (required actions, the gate): they can sign out.
const signedInPages = new Set<string>([
  "efp-access-gate.ftl",
  "efp-charter.ftl",
  "efp-company-choice.ftl",
  "login-update-profile.ftl",
  "login-update-password.ftl",
  "update-email.ftl",
  "terms.ftl",
  "login-oauth-grant.ftl",
]);

/**
 * The way out of a page that is not the login page: back to the application when Keycloak
 * knows it, Mon compte, and "Se déconnecter" once the person is known (the realm's end-session
 * endpoint: it ends the SSO session, if any, after a confirmation).
 */
export function WayOut({ kcContext, i18n, options }: { kcContext: KcContext; i18n: I18n; options: WayOutOptions }) {
  const { msg, msgStr } = i18n;
  const { client, realm, url } = kcContext;
  const realmUrl = realmUrlOf(url.loginAction, realm.name) ?? realmUrlOf(url.loginUrl, realm.name) ?? realmUrlOf(`/realms/${realm.name}/`, realm.name);
  if (realmUrl === undefined) return null;
  const accountUrl = `${realmUrl}/account`;
  const baseUrl = (client as { baseUrl?: string } | undefined)?.baseUrl;
  const isAccount = client?.clientId === "account-console" || client?.clientId === "account";
  const applicationUrl = options.application !== false && baseUrl && !isAccount ? new URL(baseUrl, realmUrl).toString() : undefined;
  const signOut = options.signOut ?? (signedInPages.has(kcContext.pageId) || Boolean(kcContext.isAppInitiatedAction));
  const logoutUrl = `${realmUrl}/protocol/openid-connect/logout?${new URLSearchParams(client?.clientId ? { client_id: client.clientId } : {})}`;

  return (
    <nav id="efp-way-out" className={fr.cx("fr-mt-6w")} aria-label={msgStr("efpWayOutLabel")}>
      <hr className={fr.cx("fr-pb-3w")} />
      <ul className={fr.cx("fr-raw-list")}>
        {applicationUrl && (
          <li className={fr.cx("fr-mb-2w")}>
            <a id="efp-way-out-application" className={fr.cx("fr-link", "fr-icon-arrow-left-line", "fr-link--icon-left")} href={applicationUrl}>
              {client?.name && !client.name.startsWith("${") ? msg("efpBackToNamedApplication", client.name) : msg("efpBackToApplication")}
            </a>
          </li>
        )}
        <li className={fr.cx("fr-mb-2w")}>
          <a id="efp-way-out-account" className={fr.cx("fr-link", "fr-icon-account-circle-line", "fr-link--icon-left")} href={accountUrl}>
            {msg("efpMyAccount")}
          </a>
        </li>
        {signOut && (
          <li>
            <a id="efp-way-out-logout" className={fr.cx("fr-link", "fr-icon-logout-box-r-line", "fr-link--icon-left")} href={logoutUrl}>
              {msg("efpSignOut")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
