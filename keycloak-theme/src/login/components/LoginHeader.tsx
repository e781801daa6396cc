import { LanguageSelect } from "@codegouvfr/react-dsfr/LanguageSelect";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import type { Brand } from "../../shared/brand";
import { SiteHeader } from "../../shared/SiteHeader";

type Props = { kcContext: KcContext; i18n: I18n; brand: Brand };

/** The shared header, leading to the login page, with Keycloak's language links. */
export function LoginHeader({ kcContext, i18n, brand }: Props) {
  const { msgStr, enabledLanguages } = i18n;

  return (
    <SiteHeader
      brand={brand}
      serviceTagline={msgStr("efpServiceTagline")}
      // The login page is the only "home" an unauthenticated visitor has here.
      homeLinkProps={{ href: kcContext.url.loginUrl }}
      homeLinkTitle={msgStr("efpHomeLinkTitle", brand.serviceTitle)}
      // Any item at all makes the DSFR draw a mobile menu button, so none when there is one language.
      quickAccessItems={enabledLanguages.length > 1 ? [<LanguageSwitch key="lang" i18n={i18n} />] : []}
    />
  );
}

/**
 * Keycloak switches language server-side: choosing one follows the link Keycloak gave for it.
 * No id: the header renders this twice (desktop and mobile menu), ids must stay unique.
 */
function LanguageSwitch({ i18n }: { i18n: I18n }) {
  const { enabledLanguages, currentLanguage } = i18n;
  const tags = enabledLanguages.map(({ languageTag }) => languageTag);
  const labels = Object.fromEntries(enabledLanguages.map(({ languageTag, label }) => [languageTag, label])) as Record<(typeof tags)[number], string>;

  return (
    <LanguageSelect
      supportedLangs={tags}
      fullNameByLang={labels}
      lang={currentLanguage.languageTag}
      setLang={(tag) => {
        const target = enabledLanguages.find(({ languageTag }) => languageTag === tag);
        if (target !== undefined) {
          window.location.href = target.href;
        }
      }}
    />
  );
}
