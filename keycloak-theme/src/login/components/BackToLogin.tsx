import { fr } from "@codegouvfr/react-dsfr";
import type { I18n } from "../i18n";

/** A way out of a secondary page, back to the start of the sign-in. */
export function BackToLogin({ href, i18n }: { href: string; i18n: I18n }) {
  return (
    <p className={fr.cx("fr-mt-4w", "fr-mb-0")}>
      <a id="kc-back-to-login" className={fr.cx("fr-link", "fr-icon-arrow-left-line", "fr-link--icon-left")} href={href}>
        {i18n.msg("efpBackToLogin")}
      </a>
    </p>
  );
}
