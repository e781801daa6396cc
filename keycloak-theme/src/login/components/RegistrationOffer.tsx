import { fr } from "@codegouvfr/react-dsfr";
import type { I18n } from "../i18n";
import { ButtonGroup } from "../../shared/ButtonGroup";

type Props = { registrationUrl: string; serviceTitle: string; i18n: I18n };

export function RegistrationOffer({ registrationUrl, serviceTitle, i18n }: Props) {
  const { msg } = i18n;

  return (
    <section id="kc-registration" aria-labelledby="kc-registration-title">
      <hr className={fr.cx("fr-mt-4w")} />
      <h2 id="kc-registration-title" className={fr.cx("fr-h4")}>
        {msg("efpNoAccountTitle")}
      </h2>
      <ButtonGroup>
        <a id="kc-registration-link" className={fr.cx("fr-btn", "fr-btn--secondary")} href={registrationUrl}>
          {msg("efpCreateAccount", serviceTitle)}
        </a>
      </ButtonGroup>
    </section>
  );
}
