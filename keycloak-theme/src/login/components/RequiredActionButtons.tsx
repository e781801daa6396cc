import { fr } from "@codegouvfr/react-dsfr";
import type { I18n } from "../i18n";
import { ButtonGroup } from "../../shared/ButtonGroup";

type Props = { isSubmitting: boolean; isAppInitiatedAction: boolean | undefined; i18n: I18n };

/**
 * The buttons of a required action's form (new password, profile, email): Valider, and Annuler
 * when an application asked for the action (Keycloak's `cancel-aia`).
 */
export function RequiredActionButtons({ isSubmitting, isAppInitiatedAction, i18n }: Props) {
  const { msgStr } = i18n;
  return (
    <ButtonGroup inline="md" spacing="fr-mt-3w">
      <button id="kc-submit" type="submit" className={fr.cx("fr-btn")} disabled={isSubmitting}>
        {msgStr("efpDoSubmit")}
      </button>
      {isAppInitiatedAction && (
        <button id="kc-cancel" type="submit" name="cancel-aia" value="true" formNoValidate className={fr.cx("fr-btn", "fr-btn--secondary")}>
          {msgStr("efpDoCancel")}
        </button>
      )}
    </ButtonGroup>
  );
}
