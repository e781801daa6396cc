import { useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { TextField } from "../components/TextField";
import { useSecondsLeft } from "../components/ResendCountdown";
import { ButtonGroup } from "../../shared/ButtonGroup";
import { pluralKey } from "../plural";

type EmailCodeContext = Extract<KcContext, { pageId: "efp-email-code.ftl" }>;

const resendHintId = "efp-resend-hint";

/**
 * efp-email-code.ftl, our own page (keycloak-extension's EmailCodePage): the validation code
 * sent by email after account creation or for a forgotten password. The same page is shown
 * whether or not the address has an account.
 */
export default function EmailCode({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<EmailCodeContext, I18n>) {
  const { url, emailCode, messagesPerField } = kcContext;
  const { msg, msgStr } = i18n;
  const [isSubmitting, setIsSubmitting] = useState(false);
  const secondsLeft = useSecondsLeft(emailCode.resendInSeconds);
  const codeError = messagesPerField.getFirstError("code") || undefined;
  const title = emailCode.purpose === "reset-password" ? msgStr("efpCodeTitleReset") : msgStr("efpCodeTitleRegistration");

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      headerNode={title}
      documentTitle={`${msgStr("efpCodeDocumentTitle")} - ${title}`}
      displayMessage={!messagesPerField.existsError("code")}
    >
      <p id="efp-code-sent">
        {msgStr(pluralKey(i18n.currentLanguage.languageTag, "efpCodeSent", emailCode.validityMinutes), emailCode.email, String(emailCode.validityMinutes))}
      </p>
      <form id="efp-email-code-form" action={url.loginAction} method="post" noValidate onSubmit={() => setIsSubmitting(true)}>
        <TextField
          label={msg("efpCodeLabel")}
          hint={msgStr("efpCodeHint", String(emailCode.codeLength))}
          error={codeError}
          inputProps={{
            id: "code",
            name: "code",
            className: "efp-code-input",
            type: "text",
            inputMode: "numeric",
            autoComplete: "one-time-code",
            pattern: `[0-9]{${emailCode.codeLength}}`,
            maxLength: emailCode.codeLength,
            required: true,
            spellCheck: false,
          }}
        />
        <ButtonGroup inline="md" spacing="fr-mt-3w">
          <button id="kc-submit" type="submit" className={fr.cx("fr-btn")} disabled={isSubmitting}>
            {msgStr("efpDoSubmit")}
          </button>
          <button
            id="efp-resend"
            type="submit"
            name="resend"
            value="true"
            formNoValidate
            className={fr.cx("fr-btn", "fr-btn--secondary")}
            disabled={secondsLeft > 0}
            aria-describedby={secondsLeft > 0 ? resendHintId : undefined}
          >
            {msgStr("efpCodeResend")}
          </button>
        </ButtonGroup>
        {secondsLeft > 0 ? (
          <p id={resendHintId} className={fr.cx("fr-text--sm")}>
            {msgStr("efpCodeResendIn", String(secondsLeft))}
          </p>
        ) : (
          <p className={fr.cx("fr-text--sm")}>{msg("efpCodeSpam")}</p>
        )}
      </form>
    </Template>
  );
}
