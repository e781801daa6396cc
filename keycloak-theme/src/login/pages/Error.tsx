import { fr } from "@codegouvfr/react-dsfr";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { ButtonGroup } from "../../shared/ButtonGroup";

type ErrorContext = Extract<KcContext, { pageId: "error.ftl" }>;

/** error.ftl: Keycloak's error, in the page's single alert, with the way back to the application when there is one. */
export default function ErrorPage({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<ErrorContext, I18n>) {
  const { client, skipLink } = kcContext;
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
        {/* No "back to sign in" otherwise: after an error Keycloak's sign-in URL has no flow
            to resume and answers 400; the application is the only way back. */}
        {!skipLink && client?.baseUrl && (
          <ButtonGroup>
            <a id="backToApplication" className={fr.cx("fr-btn", "fr-btn--secondary")} href={client.baseUrl}>
              {msg("efpBackToApplication")}
            </a>
          </ButtonGroup>
        )}
      </div>
    </Template>
  );
}
