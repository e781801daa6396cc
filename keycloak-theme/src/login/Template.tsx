import { useEffect } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import faviconSvg from "@codegouvfr/react-dsfr/favicon/favicon.svg";
import type { TemplateProps } from "keycloakify/login/TemplateProps";
import { useInitialize } from "keycloakify/login/Template.useInitialize";
import type { KcContext } from "./KcContext";
import type { I18n } from "./i18n";
import { LoginHeader } from "./components/LoginHeader";
import { MessageAlert } from "./components/MessageAlert";
import { AttemptedUsername } from "./components/AttemptedUsername";
import { TryAnotherWay } from "./components/TryAnotherWay";
import { WayOut } from "./components/WayOut";
import { wayOutOf } from "./wayOut";
import { brandOf } from "../shared/brand";
import { NoticeBanner } from "../shared/NoticeBanner";
import { SiteFooter } from "../shared/SiteFooter";
import "./efp.css";

export const pageTitleId = "kc-page-title";
const contentId = "contenu";

/**
 * The DSFR "page de connexion" layout shared by every login page: header, one centered grey
 * card holding the H1, Keycloak's message and the page's form, then the footer.
 */
export default function Template(props: TemplateProps<KcContext, I18n>) {
  const {
    kcContext,
    i18n,
    headerNode,
    documentTitle,
    displayMessage = true,
    displayRequiredFields = false,
    displayInfo = false,
    socialProvidersNode = null,
    infoNode = null,
    children,
  } = props;
  const { msg, msgStr } = i18n;
  const { auth, message, isAppInitiatedAction } = kcContext;
  const brand = brandOf(kcContext);
  const wayOut = wayOutOf(kcContext.pageId);

  // "Page - Service", as the DSFR asks; an error in the tab title is the first thing a screen
  // reader user hears after a reload.
  useEffect(() => {
    const title = documentTitle ? `${documentTitle} - ${brand.serviceTitle}` : brand.serviceTitle;
    document.title = message?.type === "error" && message.summary?.trim() ? `${msgStr("efpErrorTitlePrefix")} - ${title}` : title;
  }, [documentTitle, message, brand.serviceTitle, msgStr]);

  // We never load PatternFly; this still injects Keycloak's session-check scripts.
  const { isReadyToRender } = useInitialize({ kcContext, doUseDefaultCss: false });
  if (!isReadyToRender) {
    return null;
  }

  // A user finishing an action from inside an application does not need the "you must…" warning.
  // A form sent back without any message (e.g. "Afficher un nouveau code" on the account-creation
  // form, which Keycloak re-renders as a validation error with an empty list) has no summary: no alert.
  const showMessage = displayMessage && message !== undefined && Boolean(message.summary?.trim()) && (message.type !== "warning" || !isAppInitiatedAction);

  return (
    <>
      {/* React 19 hoists this into <head>; the Marianne favicon ships in the jar like the rest. */}
      <link rel="icon" href={faviconSvg} type="image/svg+xml" />
      <SkipLinks
        links={[
          { label: msgStr("efpSkipToContent"), anchor: `#${contentId}` },
          { label: msgStr("efpSkipToFooter"), anchor: "#footer" },
        ]}
      />
      <LoginHeader kcContext={kcContext} i18n={i18n} brand={brand} />
      <NoticeBanner text={brand.notice} label={msgStr("efpNoticeTitle")} />
      <main id={contentId} tabIndex={-1} className={fr.cx("fr-pt-md-14v")}>
        <div className={fr.cx("fr-container", "fr-container--fluid", "fr-mb-md-14v")}>
          <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-grid-row--center")}>
            <div className={fr.cx("fr-col-12", "fr-col-md-8", "fr-col-lg-6")}>
              <div
                className={fr.cx("fr-container", "fr-px-md-0", "fr-py-10v", "fr-py-md-14v")}
                style={{ backgroundColor: fr.colors.decisions.background.alt.grey.default }}
              >
                <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-grid-row--center")}>
                  <div className={fr.cx("fr-col-12", "fr-col-md-9", "fr-col-lg-8")}>
                    <h1 id={pageTitleId}>{headerNode}</h1>
                    {auth?.showUsername && !auth.showResetCredentials && (
                      // The code page names the address masked, once: never in full beside it.
                      <AttemptedUsername kcContext={kcContext} i18n={i18n} showName={kcContext.pageId !== "efp-email-code.ftl"} />
                    )}
                    {/* Keycloakify's stock forms mark required fields with an asterisk, so say that. */}
                    {displayRequiredFields && <p className={fr.cx("fr-text--sm")}>* {msg("requiredFields")}</p>}
                    {showMessage && <MessageAlert message={message} />}
                    {children}
                    {auth?.showTryAnotherWayLink && <TryAnotherWay kcContext={kcContext} i18n={i18n} />}
                    {socialProvidersNode}
                    {displayInfo && infoNode}
                    {wayOut && <WayOut kcContext={kcContext} i18n={i18n} options={wayOut} />}
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
      </main>
      <SiteFooter
        brand={brand}
        homeLinkProps={{ href: kcContext.url.loginUrl }}
        homeLinkTitle={msgStr("efpHomeLinkTitle", brand.serviceTitle)}
        description={msgStr("efpFooterDescription", brand.serviceTitle)}
      />
    </>
  );
}
