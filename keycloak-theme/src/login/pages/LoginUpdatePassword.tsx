import { useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { NewPasswordFields } from "../components/NewPasswordFields";

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
        <div className={fr.cx("fr-checkbox-group", "fr-checkbox-group--sm", "fr-mt-3w")}>
          <input id="logout-sessions" name="logout-sessions" type="checkbox" value="on" defaultChecked />
          <label className={fr.cx("fr-label")} htmlFor="logout-sessions">
            {msg("efpLogoutOtherSessions")}
          </label>
        </div>
        <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-mt-3w")}>
          <li>
            <button id="kc-submit" type="submit" className={fr.cx("fr-btn")} disabled={isSubmitting}>
              {msgStr("efpDoSubmit")}
            </button>
          </li>
          {isAppInitiatedAction && (
            <li>
              <button id="kc-cancel" type="submit" name="cancel-aia" value="true" formNoValidate className={fr.cx("fr-btn", "fr-btn--secondary")}>
                {msgStr("efpDoCancel")}
              </button>
            </li>
          )}
        </ul>
      </form>
    </Template>
  );
}
