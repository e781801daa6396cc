import { useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { messageAlertId } from "./MessageAlert";
import { Captcha } from "./Captcha";
import { ButtonGroup } from "../../shared/ButtonGroup";

type Props = { kcContext: Extract<KcContext, { pageId: "login.ftl" }>; i18n: I18n };

/**
 * Posts exactly what Keycloak's stock login form posts (username, password, rememberMe,
 * credentialId), so the stock username/password authenticator handles it unchanged.
 */
export function LoginForm({ kcContext, i18n }: Props) {
  const { url, realm, login, auth, usernameHidden, messagesPerField } = kcContext;
  const { msg, msgStr } = i18n;
  const [isSubmitting, setIsSubmitting] = useState(false);

  const credentialsRejected = messagesPerField.existsError("username", "password");
  // The error text lives in the global alert; the fields only point to it.
  const errorProps = credentialsRejected ? { "aria-invalid": true, "aria-describedby": messageAlertId } : {};

  return (
    <form
      id="kc-form-login"
      action={url.loginAction}
      method="post"
      // Keycloak validates; the browser's "not an email" bubble would block agents typing
      // `domaine\identifiant` and the administrator accounts.
      noValidate
      onSubmit={() => setIsSubmitting(true)}
    >
      <p className={fr.cx("fr-text--sm")}>{msg("efpRequiredFieldsNotice")}</p>
      {!usernameHidden && (
        <Input
          label={msg("efpUsernameLabel")}
          nativeInputProps={{
            id: "username",
            name: "username",
            type: "email",
            autoComplete: "username",
            autoCapitalize: "none",
            spellCheck: false,
            defaultValue: login.username ?? "",
            ...errorProps,
          }}
        />
      )}
      <PasswordInput
        label={msg("password")}
        messagesHint=""
        nativeInputProps={{
          id: "password",
          name: "password",
          autoComplete: "current-password",
          ...errorProps,
        }}
      />
      {realm.resetPasswordAllowed && (
        <p className={fr.cx("fr-mt-2v")}>
          <a id="kc-forgot-password" className={fr.cx("fr-link")} href={url.loginResetCredentialsUrl}>
            {msg("efpForgotPassword")}
          </a>
        </p>
      )}
      {realm.rememberMe && !usernameHidden && (
        <div className={fr.cx("fr-checkbox-group", "fr-checkbox-group--sm", "fr-mb-3w")}>
          <input id="rememberMe" name="rememberMe" type="checkbox" defaultChecked={login.rememberMe === "on"} />
          <label className={fr.cx("fr-label")} htmlFor="rememberMe">
            {msg("rememberMe")}
          </label>
        </div>
      )}
      <Captcha captcha={kcContext.captcha} error={messagesPerField.getFirstError("captcha_answer") || undefined} i18n={i18n} />
      <input type="hidden" id="id-hidden-input" name="credentialId" value={auth.selectedCredential ?? ""} readOnly />
      <ButtonGroup>
        <button id="kc-login" name="login" type="submit" className={fr.cx("fr-btn", "fr-mt-2v")} disabled={isSubmitting}>
          {msgStr("efpDoLogIn")}
        </button>
      </ButtonGroup>
    </form>
  );
}
