import { fr } from "@codegouvfr/react-dsfr";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { brandOf } from "../../shared/brand";
import { ButtonGroup } from "../../shared/ButtonGroup";

type LogoutConfirmContext = Extract<KcContext, { pageId: "logout-confirm.ftl" }>;

/** logout-confirm.ftl: the user confirms before Keycloak ends the session. */
export default function LogoutConfirm({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<LogoutConfirmContext, I18n>) {
  const { url, client, logoutConfirm } = kcContext;
  const { msg, msgStr } = i18n;
  const { serviceTitle } = brandOf(kcContext);

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      headerNode={msg("efpLogoutTitle")}
      documentTitle={msgStr("efpLogoutTitle")}
    >
      <p>{msgStr("efpLogoutQuestion", serviceTitle)}</p>
      <form id="kc-logout-confirm" action={url.logoutConfirmAction} method="post">
        <input type="hidden" name="session_code" value={logoutConfirm.code} readOnly />
        <ButtonGroup inline="md">
          <button id="kc-submit" name="confirmLogout" type="submit" className={fr.cx("fr-btn")}>
            {msgStr("efpDoLogout")}
          </button>
          {!logoutConfirm.skipLink && client.baseUrl && (
            <a id="backToApplication" className={fr.cx("fr-btn", "fr-btn--secondary")} href={client.baseUrl}>
              {msg("efpBackToApplication")}
            </a>
          )}
        </ButtonGroup>
      </form>
    </Template>
  );
}
