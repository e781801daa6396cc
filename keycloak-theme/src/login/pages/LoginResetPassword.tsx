import { useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { TextField } from "../components/TextField";
import { Captcha } from "../components/Captcha";
import { BackToLogin } from "../components/BackToLogin";
import { ButtonGroup } from "../../shared/ButtonGroup";

type ResetContext = Extract<KcContext, { pageId: "login-reset-password.ftl" }>;

/**
 * login-reset-password.ftl: "Mot de passe oublié". The text promises a code only "if the
 * address matches an account": the page never tells whether it does.
 */
export default function LoginResetPassword({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<ResetContext, I18n>) {
  const { url, auth, login, messagesPerField, captcha } = kcContext;
  const { msg, msgStr } = i18n;
  const [isSubmitting, setIsSubmitting] = useState(false);
  const usernameError = messagesPerField.getFirstError("username") || undefined;
  const captchaError = messagesPerField.getFirstError("captcha_answer") || undefined;

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      headerNode={msg("efpResetTitle")}
      documentTitle={msgStr("efpResetTitle")}
      displayMessage={!messagesPerField.existsError("username") && !messagesPerField.existsError("captcha_answer")}
    >
      <form id="kc-reset-password-form" action={url.loginAction} method="post" noValidate onSubmit={() => setIsSubmitting(true)}>
        <p>{msg("efpResetIntro")}</p>
        <p className={fr.cx("fr-text--sm")}>{msg("efpRequiredFieldsNotice")}</p>
        <TextField
          label={msg("efpEmailLabel")}
          error={usernameError}
          inputProps={{
            id: "username",
            name: "username",
            type: "email",
            autoComplete: "username",
            autoCapitalize: "none",
            spellCheck: false,
            required: true,
            // What was just typed (page sent back for a new or a wrong CAPTCHA), else the login page's.
            defaultValue: login?.username || auth?.attemptedUsername || "",
          }}
        />
        <Captcha captcha={captcha} error={captchaError} i18n={i18n} />
        <ButtonGroup spacing="fr-mt-3w">
          <button id="kc-submit" type="submit" className={fr.cx("fr-btn")} disabled={isSubmitting}>
            {msgStr("efpDoSendCode")}
          </button>
        </ButtonGroup>
      </form>
      <BackToLogin href={url.loginUrl} i18n={i18n} />
    </Template>
  );
}
