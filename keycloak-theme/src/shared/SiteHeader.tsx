import { Header, type HeaderProps } from "@codegouvfr/react-dsfr/Header";
import type { RegisteredLinkProps } from "@codegouvfr/react-dsfr/link";
import type { Brand } from "./brand";
import { BrandTop } from "./BrandTop";

type Props = Pick<HeaderProps, "serviceTagline" | "quickAccessItems" | "navigation"> & {
  brand: Brand;
  /** Where the ministry block and the service's name lead: the login page, or Mon compte's home. */
  homeLinkProps: RegisteredLinkProps;
  /** "Accueil - EFP Connect" in the page's language; the ministry's name is added. */
  homeLinkTitle: string;
};

/** The DSFR header of every page, login and Mon compte alike: the ministry block, the service, its tools. */
export function SiteHeader({ brand, serviceTagline, homeLinkProps, homeLinkTitle, quickAccessItems, navigation }: Props) {
  return (
    <Header
      id="header"
      brandTop={<BrandTop lines={brand.ministryLines} />}
      serviceTitle={brand.serviceTitle}
      serviceTagline={serviceTagline}
      homeLinkProps={{ ...homeLinkProps, title: `${homeLinkTitle} - ${brand.ministryName}` }}
      quickAccessItems={quickAccessItems}
      navigation={navigation}
      // Its hidden "Paramètres d'affichage" dialog carries a second H1; the page follows the
      // system colour scheme instead.
      disableDisplay
    />
  );
}
