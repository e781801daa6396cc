import { fr } from "@codegouvfr/react-dsfr";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { ButtonGroup } from "../../shared/ButtonGroup";

type CharterContext = Extract<KcContext, { pageId: "efp-charter.ftl" }>;

/**
 * efp-charter.ftl (keycloak-extension's CharterRequiredAction): a new access manager accepts the
 * charter before going on, or declines it (and is signed out: CharterDeclined). Its paragraphs
 * come from realm-config and are rendered as text.
 */
export default function Charter({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<CharterContext, I18n>) {
  const { url, charter, messagesPerField } = kcContext;
  const { msgStr } = i18n;
  const error = messagesPerField.existsError("accepted") ? msgStr("efpCharterMustAccept") : undefined;

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      displayMessage={false}
      headerNode={charter.title}
      documentTitle={msgStr("efpCharterDocumentTitle")}
    >
      <p className={fr.cx("fr-text--sm")}>{msgStr("efpCharterVersion", charter.version)}</p>
      <div id="efp-charter-text" className={fr.cx("fr-mb-4w")}>
        {charter.paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      <form id="efp-charter-form" action={url.loginAction} method="post" noValidate>
        <div className={fr.cx("fr-checkbox-group", error ? "fr-checkbox-group--error" : undefined)}>
          <input type="checkbox" id="accepted" name="accepted" aria-describedby={error ? "accepted-error" : undefined} />
          <label className={fr.cx("fr-label")} htmlFor="accepted">
            {msgStr("efpCharterAccept")}
          </label>
          {error && (
            <p id="accepted-error" className={fr.cx("fr-error-text")} role="alert">
              {error}
            </p>
          )}
        </div>
        {/* Enter submits with the first button: accepting, which the server still checks. */}
        <ButtonGroup inline="md" spacing="fr-mt-3w">
          <button id="kc-submit" type="submit" name="efp_action" value="accept" className={fr.cx("fr-btn")}>
            {msgStr("efpCharterSubmit")}
          </button>
          <button id="efp-charter-decline" type="submit" name="efp_action" value="decline" className={fr.cx("fr-btn", "fr-btn--secondary")}>
            {msgStr("efpCharterDecline")}
          </button>
        </ButtonGroup>
        <p className={fr.cx("fr-text--sm", "fr-mt-2w")}>{msgStr("efpCharterDeclineHint")}</p>
      </form>
    </Template>
  );
}
