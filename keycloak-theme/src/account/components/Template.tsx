import type { MouseEvent, ReactNode } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { LanguageSelect } from "@codegouvfr/react-dsfr/LanguageSelect";
import faviconSvg from "@codegouvfr/react-dsfr/favicon/favicon.svg";
import type { Brand } from "../../shared/brand";
import { NoticeBanner } from "../../shared/NoticeBanner";
import { SiteFooter } from "../../shared/SiteFooter";
import { SiteHeader } from "../../shared/SiteHeader";
import type { ManagedPair } from "@efp/contract";
import { useI18n } from "../i18n/I18nProvider";
import { languages, type Lang } from "../i18n/messages";
import { isAccessPage, isAdminPage, routeLinkProps, type Route } from "../router";

export const contentId = "contenu";

type Props = {
  brand: Brand;
  route: Route;
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** Absent while signing in: no navigation yet. */
  managed?: ManagedPair[];
  /** Application admin, support agent or administrator: every company of some application. */
  administers?: boolean;
  onLogout?: () => void;
  children: ReactNode;
};

/**
 * The DSFR frame of Mon compte: skip links, header (ministry block, "Mon compte" menu, "Gestion
 * des accès" for access managers, language, logout), the page, footer.
 */
export function Template({ brand, route, lang, setLang, managed, administers, onLogout, children }: Props) {
  const { t } = useI18n();
  const pending = (managed ?? []).reduce((sum, pair) => sum + pair.pendingRequests, 0);
  const pair = route.application && route.siret ? { application: route.application, siret: route.siret } : {};
  const showAccess = (managed?.length ?? 0) > 0 || administers === true || (isAccessPage(route.page) && route.application !== undefined);
  const accountPages = ["applications", "requests", "profile"] as const;
  const accountLabels = { applications: t("navApplications"), requests: t("navRequests"), profile: t("navProfile") };

  return (
    <>
      <link rel="icon" href={faviconSvg} type="image/svg+xml" />
      <SkipLinks
        links={[
          { label: t("skipToContent"), target: contentId },
          { label: t("skipToFooter"), target: "footer" },
        ]}
      />
      <SiteHeader
        brand={brand}
        serviceTagline={t("serviceTagline")}
        homeLinkProps={routeLinkProps({ page: "applications" })}
        homeLinkTitle={t("homeLinkTitle", brand.serviceTitle)}
        quickAccessItems={[
          <LanguageSelect<Lang> key="lang" supportedLangs={Object.keys(languages) as Lang[]} fullNameByLang={languages} lang={lang} setLang={setLang} />,
          // No id: the header renders its quick access twice (desktop and mobile menu).
          ...(onLogout ? [{ iconId: "fr-icon-logout-box-r-line" as const, text: t("logout"), buttonProps: { onClick: onLogout } }] : []),
        ]}
        navigation={
          managed === undefined
            ? undefined
            : [
                {
                  text: t("navAccount"),
                  isActive: (accountPages as readonly string[]).includes(route.page),
                  menuLinks: accountPages.map((page) => ({
                    text: accountLabels[page],
                    isActive: route.page === page,
                    linkProps: routeLinkProps({ page }),
                  })),
                },
                ...(showAccess
                  ? [
                      {
                        text: pending > 0 ? t("navAccessPending", pending) : t("navAccess"),
                        isActive: isAccessPage(route.page),
                        linkProps: routeLinkProps({ page: "access-users", ...pair }),
                      },
                    ]
                  : []),
                ...(administers === true
                  ? [{ text: t("navAdmin"), isActive: isAdminPage(route.page), linkProps: routeLinkProps({ page: "admin-users" }) }]
                  : []),
              ]
        }
      />
      <NoticeBanner text={brand.notice} label={brand.notice} />
      <main id={contentId} tabIndex={-1} className={fr.cx("fr-container", "fr-py-6w")}>
        {children}
      </main>
      <SiteFooter
        brand={brand}
        homeLinkProps={routeLinkProps({ page: "applications" })}
        homeLinkTitle={t("homeLinkTitle", brand.serviceTitle)}
        description={t("footerDescription", brand.serviceTitle)}
      />
    </>
  );
}

/**
 * The DSFR skip links, moving the focus themselves: a plain #anchor would replace the route,
 * which lives in the fragment.
 */
function SkipLinks({ links }: { links: { label: string; target: string }[] }) {
  const { t } = useI18n();
  const jump = (target: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const element = document.getElementById(target);
    if (element === null) return;
    if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
    element.focus();
  };
  return (
    <div className="fr-skiplinks">
      <nav className="fr-container" role="navigation" aria-label={t("skipLinksLabel")}>
        <ul className="fr-skiplinks__list">
          {links.map(({ label, target }) => (
            <li key={target}>
              <a className="fr-link" href={`#${target}`} onClick={jump(target)}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
