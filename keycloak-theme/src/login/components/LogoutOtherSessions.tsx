import { fr } from "@codegouvfr/react-dsfr";
import type { I18n } from "../i18n";

/**
 * "Se déconnecter des autres appareils", checked: Keycloak's `logout-sessions` field of the
 * password and email updates.
 */
export function LogoutOtherSessions({ i18n }: { i18n: I18n }) {
  return (
    <div className={fr.cx("fr-checkbox-group", "fr-checkbox-group--sm", "fr-mt-3w")}>
      <input id="logout-sessions" name="logout-sessions" type="checkbox" value="on" defaultChecked />
      <label className={fr.cx("fr-label")} htmlFor="logout-sessions">
        {i18n.msg("efpLogoutOtherSessions")}
      </label>
    </div>
  );
}
