import { useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { kcSanitize } from "keycloakify/lib/kcSanitize";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { brandOf } from "../../shared/brand";
import { UserProfileFields } from "../components/UserProfileFields";
import { NewPasswordFields } from "../components/NewPasswordFields";
import { Captcha } from "../components/Captcha";
import { ButtonGroup } from "../../shared/ButtonGroup";

type RegisterContext = Extract<KcContext, { pageId: "register.ftl" }>;

/** register.ftl: "Je crée mon compte", the DSFR "création de compte" template. */
export default function Register({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<RegisterContext, I18n>) {
  const { url, profile, passwordRequired, passwordPolicies, termsAcceptanceRequired, messagesPerField, captcha } = kcContext;
  const { msg, msgStr } = i18n;
  const [isSubmitting, setIsSubmitting] = useState(false);
  const { serviceTitle } = brandOf(kcContext);
  const captchaError = messagesPerField.getFirstError("captcha_answer") || undefined;
  const termsError = messagesPerField.getFirstError("termsAccepted") || undefined;
  const attributes = Object.values(profile.attributesByName);
  // Field errors sit under their fields; the alert is kept for what belongs to no field.
  const hasFieldError =
    attributes.some(({ name }) => messagesPerField.existsError(name)) ||
    messagesPerField.existsError("password") ||
    messagesPerField.existsError("password-confirm") ||
    messagesPerField.existsError("captcha_answer") ||
    messagesPerField.existsError("termsAccepted");

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      headerNode={msg("efpRegisterTitle", serviceTitle)}
      documentTitle={msgStr("efpRegisterDocumentTitle")}
      displayMessage={!hasFieldError}
    >
      <form id="kc-register-form" action={url.registrationAction} method="post" noValidate onSubmit={() => setIsSubmitting(true)}>
        <p className={fr.cx("fr-text--sm")}>{msg("efpRequiredFieldsNotice")}</p>
        <UserProfileFields attributes={attributes} messagesPerField={messagesPerField} i18n={i18n} />
        {/* Set by the step that stores the password: Keycloak's registration-password-action,
            or ours, efp-registration-user-creation, which replaces it. */}
        {passwordRequired && (
          <NewPasswordFields
            messagesPerField={messagesPerField}
            name="password"
            minLength={passwordPolicies?.length}
            labels={{ password: msgStr("efpPasswordLabel"), confirm: msgStr("efpPasswordConfirmLabel") }}
            i18n={i18n}
          />
        )}
        {termsAcceptanceRequired && (
          <div className={fr.cx("fr-checkbox-group", "fr-mt-3w", termsError ? "fr-checkbox-group--error" : undefined)}>
            <div id="kc-registration-terms-text" className={fr.cx("fr-text--sm")} dangerouslySetInnerHTML={{ __html: kcSanitize(msgStr("termsText")) }} />
            <input
              id="termsAccepted"
              name="termsAccepted"
              type="checkbox"
              aria-invalid={termsError ? true : undefined}
              aria-describedby={termsError ? "termsAccepted-error" : undefined}
            />
            <label className={fr.cx("fr-label")} htmlFor="termsAccepted">
              {msg("efpTermsAcceptLabel")}
            </label>
            {termsError && (
              <p id="termsAccepted-error" className={fr.cx("fr-error-text")}>
                {termsError}
              </p>
            )}
          </div>
        )}
        <Captcha captcha={captcha} error={captchaError} i18n={i18n} />
        <ButtonGroup spacing="fr-mt-3w">
          <button id="kc-submit" type="submit" className={fr.cx("fr-btn")} disabled={isSubmitting}>
            {msgStr("efpDoRegister")}
          </button>
        </ButtonGroup>
      </form>
      <section id="kc-login-offer" aria-labelledby="kc-login-offer-title">
        <hr className={fr.cx("fr-mt-4w")} />
        <h2 id="kc-login-offer-title" className={fr.cx("fr-h4")}>
          {msg("efpHaveAccountTitle")}
        </h2>
        <ButtonGroup>
          <a id="kc-back-to-login" className={fr.cx("fr-btn", "fr-btn--secondary")} href={url.loginUrl}>
            {msg("efpDoLogIn")}
          </a>
        </ButtonGroup>
      </section>
    </Template>
  );
}
