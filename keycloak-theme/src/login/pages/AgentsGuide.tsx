import { fr } from "@codegouvfr/react-dsfr";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { loginTextOf } from "../components/LoginNotices";

type AgentsGuideContext = Extract<KcContext, { pageId: "efp-agents-guide.ftl" }>;

/**
 * efp-agents-guide.ftl (keycloak-extension's AgentsGuideResource, /realms/{realm}/efp-guide/agents):
 * the agents' connection guide, reachable without signing in from the login page.
 */
export default function AgentsGuide({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<AgentsGuideContext, I18n>) {
  const { msg, msgStr, currentLanguage } = i18n;
  const configured = loginTextOf(kcContext.loginTexts, "agents", currentLanguage.languageTag);

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      displayMessage={false}
      headerNode={msg("efpAgentsGuideTitle")}
      documentTitle={msgStr("efpAgentsGuideTitle")}
    >
      <div id="efp-agents-guide">
        <p className={fr.cx("fr-text--lead")}>{msg("efpAgentsGuideIntro")}</p>
        {configured && <p id="efp-agents-guide-configured">{configured}</p>}
        <h2 className={fr.cx("fr-h5")}>{msg("efpAgentsGuidePrefixTitle")}</h2>
        <p>{msg("efpAgentsGuidePrefixText")}</p>
        <ul>
          <li>
            <code>hydre\</code> {msg("efpAgentsGuidePrefixHydre")}
          </li>
          <li>
            <code>polaris\</code> {msg("efpAgentsGuidePrefixPolaris")}
          </li>
        </ul>
        <p>{msg("efpAgentsGuidePrefixExample")}</p>
        <h2 className={fr.cx("fr-h5")}>{msg("efpAgentsGuideNoAccountTitle")}</h2>
        <ul>
          <li>{msg("efpAgentsGuideNoAccount")}</li>
          <li>{msg("efpAgentsGuideAdfs")}</li>
          <li>{msg("efpAgentsGuideCannotChange")}</li>
        </ul>
        {/* Opened from the login page (Keycloak sends no referrer): back to it, where signing in goes on. */}
        {window.history.length > 1 && (
          <p className={fr.cx("fr-mt-4w")}>
            <button
              type="button"
              id="efp-agents-guide-login"
              className={fr.cx("fr-btn", "fr-btn--tertiary-no-outline", "fr-icon-arrow-left-line", "fr-btn--icon-left")}
              onClick={() => window.history.back()}
            >
              {msg("efpBackToLogin")}
            </button>
          </p>
        )}
      </div>
    </Template>
  );
}
