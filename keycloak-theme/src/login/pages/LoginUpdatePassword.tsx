import { useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { NewPasswordFields } from "../components/NewPasswordFields";
import { LogoutOtherSessions } from "../components/LogoutOtherSessions";
import { RequiredActionButtons } from "../components/RequiredActionButtons";

type UpdatePasswordContext = Extract<KcContext, { pageId: "login-update-password.ftl" }>;

/** login-update-password.ftl: a new password, after a reset, a migration or an admin's request. */
export default function LoginUpdatePassword({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<UpdatePasswordContext, I18n>) {
  const { url, messagesPerField, isAppInitiatedAction } = kcContext;
  const { msg, msgStr } = i18n;
  const [isSubmitting, setIsSubmitting] = useState(false);

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      headerNode={msg("efpUpdatePasswordTitle")}
      documentTitle={msgStr("efpUpdatePasswordDocumentTitle")}
      displayMessage={!messagesPerField.existsError("password") && !messagesPerField.existsError("password-confirm")}
    >
      <form id="kc-passwd-update-form" action={url.loginAction} method="post" noValidate onSubmit={() => setIsSubmitting(true)}>
        <p className={fr.cx("fr-text--sm")}>{msg("efpRequiredFieldsNotice")}</p>
        <NewPasswordFields
          messagesPerField={messagesPerField}
          name="password-new"
          labels={{ password: msgStr("efpNewPasswordLabel"), confirm: msgStr("efpNewPasswordConfirmLabel") }}
          i18n={i18n}
        />
        <LogoutOtherSessions i18n={i18n} />
        <RequiredActionButtons isSubmitting={isSubmitting} isAppInitiatedAction={isAppInitiatedAction} i18n={i18n} />
      </form>
    </Template>
  );
}
