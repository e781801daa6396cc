import type { ReactNode } from "react";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { ProfileForm, hasAttributeError } from "./ProfileForm";

type ProfileContext = Extract<KcContext, { pageId: "login-update-profile.ftl" | "update-email.ftl" }>;

/**
 * A page of Keycloak's that asks for profile attributes (the missing ones, or a new address): its
 * title, then the attributes' form; what the page adds below the fields comes as children.
 */
export function ProfilePage({
  kcContext,
  i18n,
  Template,
  doUseDefaultCss,
  classes,
  formId,
  title,
  documentTitle,
  children,
}: PageProps<ProfileContext, I18n> & { formId: string; title: ReactNode; documentTitle: string; children?: ReactNode }) {
  const { url, profile, messagesPerField, isAppInitiatedAction } = kcContext;
  const attributes = Object.values(profile.attributesByName);

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      headerNode={title}
      documentTitle={documentTitle}
      displayMessage={!hasAttributeError(attributes, messagesPerField)}
    >
      <ProfileForm
        id={formId}
        action={url.loginAction}
        attributes={attributes}
        messagesPerField={messagesPerField}
        isAppInitiatedAction={isAppInitiatedAction}
        i18n={i18n}
      >
        {children}
      </ProfileForm>
    </Template>
  );
}
