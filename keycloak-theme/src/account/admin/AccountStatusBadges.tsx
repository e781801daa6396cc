import { Badge, type BadgeProps } from "@codegouvfr/react-dsfr/Badge";
import { useI18n } from "../i18n/I18nProvider";
import { accountStatusKey, type AccountStatus } from "./adminSearch";

const severities: Record<AccountStatus, BadgeProps["severity"]> = {
  active: "success",
  disabled: "error",
  migrated: "info",
  locked: "warning",
  "never-logged-in": "new",
};

/** An account's states, as badges: one word each, in the page's language. */
export function AccountStatusBadges({ statuses }: { statuses: AccountStatus[] }) {
  const { t } = useI18n();
  return (
    <ul className="fr-badges-group">
      {statuses.map((status) => (
        <li key={status}>
          <Badge small severity={severities[status]} data-status={status}>
            {t(accountStatusKey(status))}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
