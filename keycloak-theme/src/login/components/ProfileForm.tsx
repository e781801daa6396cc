import { useState, type ReactNode } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import type { Attribute } from "keycloakify/login/KcContext";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { UserProfileFields } from "./UserProfileFields";

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
  const { msg, msgStr } = i18n;
  const [isSubmitting, setIsSubmitting] = useState(false);
  return (
    <form id={id} action={action} method="post" noValidate onSubmit={() => setIsSubmitting(true)}>
      <p className={fr.cx("fr-text--sm")}>{msg("efpRequiredFieldsNotice")}</p>
      <UserProfileFields attributes={attributes} messagesPerField={messagesPerField} i18n={i18n} />
      {children}
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
  );
}

/** True when a field of the form has its own error: the page's alert then stays hidden. */
export function hasAttributeError(attributes: Attribute[], messagesPerField: KcContext["messagesPerField"]): boolean {
  return attributes.some(({ name }) => messagesPerField.existsError(name));
}
