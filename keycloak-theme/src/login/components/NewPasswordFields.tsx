import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { PasswordField } from "./PasswordField";

type Props = {
  messagesPerField: KcContext["messagesPerField"];
  /** `password` on account creation, `password-new` when changing it (Keycloak's names). */
  name: "password" | "password-new";
  /** Minimum length from the realm's policy when Keycloak gives it, else ANSSI's 12. */
  minLength?: number;
  labels: { password: string; confirm: string };
  i18n: I18n;
};

/**
 * New password and its confirmation. Keycloak reports policy errors on `password` and a
 * mismatch on `password-confirm`, whatever the field is called.
 */
export function NewPasswordFields({ messagesPerField, name, minLength, labels, i18n }: Props) {
  const passwordError = messagesPerField.getFirstError("password") || undefined;
  const confirmError = messagesPerField.getFirstError("password-confirm") || undefined;
  return (
    <>
      <PasswordField
        id={name}
        name={name}
        label={labels.password}
        autoComplete="new-password"
        rules={[i18n.msgStr("efpPasswordRuleLength", String(minLength ?? 12))]}
        error={passwordError}
        i18n={i18n}
      />
      <PasswordField id="password-confirm" name="password-confirm" label={labels.confirm} autoComplete="new-password" error={confirmError} i18n={i18n} />
    </>
  );
}
