import { fr } from "@codegouvfr/react-dsfr";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";

type Props = { kcContext: KcContext; i18n: I18n; showName?: boolean };

/** Once Keycloak knows who is signing in, the user sees it and can start over with another account. */
export function AttemptedUsername({ kcContext, i18n, showName = true }: Props) {
  const { auth, url } = kcContext;

  return (
    <p id="kc-username" className={fr.cx("fr-mb-4w")}>
      {showName && (
        <span id="kc-attempted-username" className={fr.cx("fr-text--bold", "fr-mr-2w")}>
          {auth?.attemptedUsername}
        </span>
      )}
      <a id="reset-login" className={fr.cx("fr-link", "fr-icon-arrow-go-back-line", "fr-link--icon-left")} href={url.loginRestartFlowUrl}>
        {i18n.msg("efpRestartLogin")}
      </a>
    </p>
  );
}
