import { Footer } from "@codegouvfr/react-dsfr/Footer";
import type { RegisteredLinkProps } from "@codegouvfr/react-dsfr/link";
import type { Brand } from "./brand";
import { BrandTop } from "./BrandTop";
import { useFirstRenderAnnounced } from "./firstRender";

type Props = {
  brand: Brand;
  /** Where the ministry block leads: the login page, or Mon compte's home. */
  homeLinkProps: RegisteredLinkProps;
  /** "Accueil - EFP Connect" in the page's language; the ministry's name is added. */
  homeLinkTitle: string;
  /** The line that says what the service is, in the page's language. */
  description: string;
};

/** The DSFR footer of every page, login and Mon compte alike. */
export function SiteFooter({ brand, homeLinkProps, homeLinkTitle, description }: Props) {
  useFirstRenderAnnounced();
  return (
    <Footer
      id="footer"
      brandTop={<BrandTop lines={brand.ministryLines} />}
      homeLinkProps={{ ...homeLinkProps, title: `${homeLinkTitle} - ${brand.ministryName}` }}
      // No RGAA audit has been run yet; the DSFR asks us to say so rather than claim compliance.
      accessibility="non compliant"
      contentDescription={description}
    />
  );
}
