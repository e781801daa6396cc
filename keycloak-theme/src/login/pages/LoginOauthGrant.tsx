import { useRef, type FormEvent } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { ButtonGroup } from "../../shared/ButtonGroup";

type LoginOauthGrantContext = Extract<KcContext, { pageId: "login-oauth-grant.ftl" }>;

/** The public client of `efp login` (provisioning/src/apply/api-audiences.ts CLI_PERSON_CLIENT). */
const EFP_CLI_CLIENT_ID = "efp-cli-person";

/**
 * login-oauth-grant.ftl: a client asks to act in the person's name. Keycloak always shows it for
 * the device authorization grant (`efp login`), after the sign-in. What the client may do is the
 * consent text of each client scope it asked for (`efp apply` gives ours message keys, which
 * i18n.ts words: efpConsentScope…, and Keycloak's profile, email, roles). Keycloak expects the
 * form's `code` and a submit named `accept` or `cancel` on `url.oauthAction`.
 */
export default function LoginOauthGrant({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<LoginOauthGrantContext, I18n>) {
  const { url, oauth, client } = kcContext;
  const { msgStr, advancedMsgStr } = i18n;
  // One answer only: a second click while the first is on its way would meet an expired page.
  const sent = useRef(false);
  const onSubmit = (event: FormEvent) => {
    if (sent.current) event.preventDefault();
    sent.current = true;
  };
  const isEfpCli = client.clientId === EFP_CLI_CLIENT_ID;
  const clientName = client.name ? advancedMsgStr(client.name) : client.clientId;
  const title = isEfpCli ? msgStr("efpGrantTitleCli") : msgStr("efpGrantTitle", clientName);
  const scopes = oauth.clientScopesRequested ?? [];
  const { tosUri, policyUri } = client.attributes;

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      headerNode={title}
      documentTitle={msgStr("efpGrantDocumentTitle")}
    >
      <div id="kc-oauth">
        <p>{isEfpCli ? msgStr("efpGrantIntroCli") : msgStr("efpGrantIntro", clientName)}</p>
        {scopes.length > 0 && (
          <>
            <p id="efp-grant-scopes-title" className={fr.cx("fr-mb-1w")}>
              {isEfpCli ? msgStr("efpGrantScopesCli") : msgStr("efpGrantScopes", clientName)}
            </p>
            <ul id="efp-grant-scopes" aria-labelledby="efp-grant-scopes-title">
              {scopes.map((scope, index) => {
                // Keycloak 26 names it parameterizedScopeParameter, keycloakify's type dynamicScopeParameter.
                const parameter = scope.dynamicScopeParameter ?? (scope as { parameterizedScopeParameter?: string }).parameterizedScopeParameter;
                return (
                  <li key={index}>
                    {advancedMsgStr(scope.consentScreenText)}
                    {parameter && (
                      <>
                        {" : "}
                        <strong>{parameter}</strong>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
        {(tosUri || policyUri) && (
          <ul className={fr.cx("fr-links-group")} aria-label={msgStr("efpGrantDocuments", clientName)}>
            {tosUri && (
              <li>
                <a
                  className={fr.cx("fr-link")}
                  href={tosUri}
                  target="_blank"
                  rel="noopener noreferrer"
                  title={`${msgStr("efpGrantTos", clientName)} - ${msgStr("efpNewWindow")}`}
                >
                  {msgStr("efpGrantTos", clientName)}
                </a>
              </li>
            )}
            {policyUri && (
              <li>
                <a
                  className={fr.cx("fr-link")}
                  href={policyUri}
                  target="_blank"
                  rel="noopener noreferrer"
                  title={`${msgStr("efpGrantPolicy", clientName)} - ${msgStr("efpNewWindow")}`}
                >
                  {msgStr("efpGrantPolicy", clientName)}
                </a>
              </li>
            )}
          </ul>
        )}
        {isEfpCli && (
          <p id="efp-grant-warning" className={fr.cx("fr-text--bold")}>
            {msgStr("efpGrantCliWarning")}
          </p>
        )}
        {isEfpCli && <p className={fr.cx("fr-text--sm")}>{msgStr("efpGrantCliLogout")}</p>}
        <form id="kc-oauth-form" action={url.oauthAction} method="post" onSubmit={onSubmit}>
          <input type="hidden" name="code" value={oauth.code} />
          <ButtonGroup inline="md" spacing="fr-mt-3w">
            <button id="kc-submit" type="submit" name="accept" value="true" className={fr.cx("fr-btn")}>
              {msgStr("efpGrantAccept")}
            </button>
            <button id="kc-cancel" type="submit" name="cancel" value="true" className={fr.cx("fr-btn", "fr-btn--secondary")}>
              {msgStr("efpGrantRefuse")}
            </button>
          </ButtonGroup>
        </form>
      </div>
    </Template>
  );
}
