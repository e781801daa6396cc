import { Footer } from "@codegouvfr/react-dsfr/Footer";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import type { Brand } from "../brand";
import { BrandTop } from "./BrandTop";

type Props = { kcContext: KcContext; i18n: I18n; brand: Brand };

export function SiteFooter({ kcContext, i18n, brand }: Props) {
  const { msgStr } = i18n;

  return (
    <Footer
      id="footer"
      brandTop={<BrandTop lines={brand.ministryLines} />}
      homeLinkProps={{ href: kcContext.url.loginUrl, title: `${msgStr("efpHomeLinkTitle", brand.serviceTitle)} - ${brand.ministryName}` }}
      // No RGAA audit has been run yet; the DSFR asks us to say so rather than claim compliance.
      accessibility="non compliant"
      contentDescription={msgStr("efpFooterDescription", brand.serviceTitle)}
    />
  );
}
