import { fr } from "@codegouvfr/react-dsfr";
import { kcSanitize } from "keycloakify/lib/kcSanitize";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { ButtonGroup } from "../../shared/ButtonGroup";

type Provider = NonNullable<NonNullable<Extract<KcContext, { pageId: "login.ftl" }>["social"]>["providers"]>[number];

type Props = { providers: Provider[]; i18n: I18n };

/** Other ways in (e.g. the ministry's ADFS for agents), one button per broker Keycloak offers. */
export function IdentityProviders({ providers, i18n }: Props) {
  const { msg } = i18n;

  return (
    <section id="kc-social-providers" aria-labelledby="kc-social-providers-title">
      <p className={fr.cx("fr-hr-or")}>{msg("efpOr")}</p>
      <h2 id="kc-social-providers-title" className={fr.cx("fr-h4")}>
        {msg("identity-provider-login-label")}
      </h2>
      <ButtonGroup>
        {providers.map((provider) => (
          <a
            key={provider.alias}
            id={`social-${provider.alias}`}
            className={fr.cx("fr-btn", "fr-btn--tertiary")}
            href={provider.loginUrl}
            // Display names are admin-defined and may hold markup.
            dangerouslySetInnerHTML={{ __html: kcSanitize(provider.displayName) }}
          />
        ))}
      </ButtonGroup>
    </section>
  );
}
