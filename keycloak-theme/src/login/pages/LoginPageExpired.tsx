import { fr } from "@codegouvfr/react-dsfr";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { ButtonGroup } from "../../shared/ButtonGroup";

type PageExpiredContext = Extract<KcContext, { pageId: "login-page-expired.ftl" }>;

/** login-page-expired.ftl: two clear ways on, instead of Keycloak's two "cliquez ici". */
export default function LoginPageExpired({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<PageExpiredContext, I18n>) {
  const { url } = kcContext;
  const { msg, msgStr } = i18n;

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      headerNode={msg("efpPageExpiredTitle")}
      documentTitle={msgStr("efpPageExpiredTitle")}
    >
      <p id="instruction1">{msg("efpPageExpiredText")}</p>
      <ButtonGroup inline="md">
        <a id="loginContinueLink" className={fr.cx("fr-btn")} href={url.loginAction}>
          {msg("efpPageExpiredContinue")}
        </a>
        <a id="loginRestartLink" className={fr.cx("fr-btn", "fr-btn--secondary")} href={url.loginRestartFlowUrl}>
          {msg("efpPageExpiredRestart")}
        </a>
      </ButtonGroup>
    </Template>
  );
}
