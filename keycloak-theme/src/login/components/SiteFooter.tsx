import { Footer } from "@codegouvfr/react-dsfr/Footer";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { ministryName } from "../brand";
import { BrandTop } from "./BrandTop";

type Props = { kcContext: KcContext; i18n: I18n };

export function SiteFooter({ kcContext, i18n }: Props) {
  const { msgStr } = i18n;

  return (
    <Footer
      id="footer"
      brandTop={<BrandTop />}
      homeLinkProps={{ href: kcContext.url.loginUrl, title: `${msgStr("efpHomeLinkTitle")} - ${ministryName}` }}
      // No RGAA audit has been run yet; the DSFR asks us to say so rather than claim compliance.
      accessibility="non compliant"
      contentDescription={msgStr("efpFooterDescription")}
    />
  );
}
