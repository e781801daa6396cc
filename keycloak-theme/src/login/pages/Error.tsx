import { fr } from "@codegouvfr/react-dsfr";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { BackToLogin } from "../components/BackToLogin";

type ErrorContext = Extract<KcContext, { pageId: "error.ftl" }>;

/** error.ftl: Keycloak's error, in the page's single alert, with a way back. */
export default function ErrorPage({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<ErrorContext, I18n>) {
  const { client, skipLink, url } = kcContext;
  const { msg, msgStr } = i18n;

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      displayMessage
      headerNode={msg("efpErrorTitle")}
      documentTitle={msgStr("efpErrorTitle")}
    >
      <div id="kc-error-message">
        {!skipLink && client?.baseUrl ? (
          <ul className={fr.cx("fr-btns-group")}>
            <li>
              <a id="backToApplication" className={fr.cx("fr-btn", "fr-btn--secondary")} href={client.baseUrl}>
                {msg("efpBackToApplication")}
              </a>
            </li>
          </ul>
        ) : (
          !skipLink && url.loginUrl && <BackToLogin href={url.loginUrl} i18n={i18n} />
        )}
      </div>
    </Template>
  );
}
