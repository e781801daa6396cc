import { fr } from "@codegouvfr/react-dsfr";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { ButtonGroup } from "../../shared/ButtonGroup";

type InfoContext = Extract<KcContext, { pageId: "info.ftl" }>;

/** The device authorization grant's page to type a code (Keycloak's /realms/{realm}/device). */
const isDeviceCodePage = (href: string) => {
  try {
    return new URL(href, window.location.href).pathname.endsWith("/device");
  } catch {
    return false;
  }
};

/**
 * info.ftl: Keycloak's message after an action (password changed, email confirmed…), and the end
 * of the device authorization grant (`efp login`: connected, refused, expired), whose header and
 * message keys (oauth2Device…) i18n.ts words for the efp CLI. Keycloak's info messages are plain
 * text: rendered as text, never as HTML.
 */
export default function Info({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<InfoContext, I18n>) {
  const { message, messageHeader, requiredActions, skipLink, pageRedirectUri, actionUri, client } = kcContext;
  const { msg, msgStr, advancedMsgStr } = i18n;
  const actions = requiredActions?.map((action) => advancedMsgStr(`requiredAction.${action}`)).join(", ");
  const link = skipLink
    ? undefined
    : pageRedirectUri
      ? { href: pageRedirectUri, label: msgStr("efpBackToApplication") }
      : actionUri
        ? { href: actionUri, label: isDeviceCodePage(actionUri) ? msgStr("efpDeviceNewCode") : msgStr("efpDoContinue") }
        : client.baseUrl
          ? { href: client.baseUrl, label: msgStr("efpBackToApplication") }
          : undefined;

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      // The message is the page's content, not an alert about a form.
      displayMessage={false}
      headerNode={messageHeader ? advancedMsgStr(messageHeader) : msg("efpInfoTitle")}
      documentTitle={messageHeader ? advancedMsgStr(messageHeader) : msgStr("efpInfoTitle")}
    >
      <div id="kc-info-message">
        <p>
          {message.summary}
          {actions && <strong> {actions}</strong>}
        </p>
        {link && (
          <ButtonGroup>
            <a id="kc-info-link" className={fr.cx("fr-btn")} href={link.href}>
              {link.label}
            </a>
          </ButtonGroup>
        )}
      </div>
    </Template>
  );
}
