import { useState, type ReactNode } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import type { Attribute } from "keycloakify/login/KcContext";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { UserProfileFields } from "./UserProfileFields";
import { RequiredActionButtons } from "./RequiredActionButtons";

type Props = {
  id: string;
  action: string;
  attributes: Attribute[];
  messagesPerField: KcContext["messagesPerField"];
  isAppInitiatedAction: boolean | undefined;
  /** Extra fields after the profile ones (e.g. "log out other devices"). */
  children?: ReactNode;
  i18n: I18n;
};

/** The form of the profile and email update required actions: fields, Valider, and Annuler when an app asked. */
export function ProfileForm({ id, action, attributes, messagesPerField, isAppInitiatedAction, children, i18n }: Props) {
  const { msg } = i18n;
  const [isSubmitting, setIsSubmitting] = useState(false);
  return (
    <form id={id} action={action} method="post" noValidate onSubmit={() => setIsSubmitting(true)}>
      <p className={fr.cx("fr-text--sm")}>{msg("efpRequiredFieldsNotice")}</p>
      <UserProfileFields attributes={attributes} messagesPerField={messagesPerField} i18n={i18n} />
      {children}
      <RequiredActionButtons isSubmitting={isSubmitting} isAppInitiatedAction={isAppInitiatedAction} i18n={i18n} />
    </form>
  );
}

/** True when a field of the form has its own error: the page's alert then stays hidden. */
export function hasAttributeError(attributes: Attribute[], messagesPerField: KcContext["messagesPerField"]): boolean {
  return attributes.some(({ name }) => messagesPerField.existsError(name));
}
