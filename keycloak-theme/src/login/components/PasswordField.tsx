import type { ReactNode } from "react";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import type { I18n } from "../i18n";

type Props = {
  id: string;
  name: string;
  label: ReactNode;
  autoComplete: "current-password" | "new-password";
  error?: string;
  /** Rules shown under the field ("12 caractères minimum"), DSFR "mot de passe" pattern. */
  rules?: string[];
  i18n: I18n;
};

/** A DSFR password field with "Afficher", its rules and its error under it. */
export function PasswordField({ id, name, label, autoComplete, error, rules = [], i18n }: Props) {
  const messages = [...rules.map((message) => ({ severity: "info" as const, message })), ...(error ? [{ severity: "error" as const, message: error }] : [])];
  return (
    <PasswordInput
      // The spacing of a DSFR input group, which the password block lacks.
      className="fr-input-group"
      label={label}
      messagesHint={rules.length > 0 ? i18n.msgStr("efpPasswordRulesIntro") : ""}
      messages={messages}
      nativeInputProps={{ id, name, autoComplete, "aria-invalid": error ? true : undefined }}
    />
  );
}
