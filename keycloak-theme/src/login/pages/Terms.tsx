import { fr } from "@codegouvfr/react-dsfr";
import { kcSanitize } from "keycloakify/lib/kcSanitize";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { ButtonGroup } from "../../shared/ButtonGroup";

type TermsContext = Extract<KcContext, { pageId: "terms.ftl" }>;

/** terms.ftl: Keycloak's TERMS_AND_CONDITIONS required action; the text is the realm's `termsText`. */
export default function Terms({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<TermsContext, I18n>) {
  const { url } = kcContext;
  const { msg, msgStr } = i18n;

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      displayMessage={false}
      headerNode={msg("efpTermsTitle")}
      documentTitle={msgStr("efpTermsTitle")}
    >
      <div id="kc-terms-text" className={fr.cx("fr-mb-4w")} dangerouslySetInnerHTML={{ __html: kcSanitize(msgStr("termsText")) }} />
      <form id="kc-terms-form" action={url.loginAction} method="post">
        <ButtonGroup inline="md">
          <button id="kc-submit" name="accept" type="submit" className={fr.cx("fr-btn")}>
            {msgStr("efpDoAccept")}
          </button>
          <button id="kc-decline" name="cancel" type="submit" className={fr.cx("fr-btn", "fr-btn--secondary")}>
            {msgStr("efpDoDecline")}
          </button>
        </ButtonGroup>
      </form>
    </Template>
  );
}
