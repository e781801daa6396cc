import { fr } from "@codegouvfr/react-dsfr";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";

type Props = { kcContext: KcContext; i18n: I18n };

/** Keycloak expects this choice as a POST, so it is a real form with a real button, not a link. */
export function TryAnotherWay({ kcContext, i18n }: Props) {
  return (
    <form id="kc-select-try-another-way-form" className={fr.cx("fr-mt-4w")} action={kcContext.url.loginAction} method="post">
      <input type="hidden" name="tryAnotherWay" value="on" />
      <button id="try-another-way" type="submit" className={fr.cx("fr-btn", "fr-btn--tertiary")}>
        {i18n.msg("doTryAnotherWay")}
      </button>
    </form>
  );
}
