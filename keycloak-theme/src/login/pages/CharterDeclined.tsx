import { fr } from "@codegouvfr/react-dsfr";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";

type CharterDeclinedContext = Extract<KcContext, { pageId: "efp-charter-declined.ftl" }>;

/**
 * efp-charter-declined.ftl (keycloak-extension's CharterRequiredAction, "Je refuse la charte"):
 * the person is already signed out. What declining means, what stays, what to do next; the
 * way out under the card leads back to the application (which asks to sign in again).
 */
export default function CharterDeclined({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<CharterDeclinedContext, I18n>) {
  const { msg, msgStr } = i18n;

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      displayMessage={false}
      headerNode={msg("efpCharterDeclinedTitle")}
      documentTitle={msgStr("efpCharterDeclinedTitle")}
    >
      <div id="efp-charter-declined">
        <p className={fr.cx("fr-text--lead")}>{msg("efpCharterDeclinedSignedOut")}</p>
        <p>{msg("efpCharterDeclinedMeaning")}</p>
        <p>{msg("efpCharterDeclinedNextTime")}</p>
        <p>{msg("efpCharterDeclinedWhatToDo")}</p>
      </div>
    </Template>
  );
}
