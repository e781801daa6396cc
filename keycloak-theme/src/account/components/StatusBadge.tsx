import { Badge, type BadgeProps } from "@codegouvfr/react-dsfr/Badge";
import type { RequestStatus } from "@efp/contract";
import { useI18n } from "../i18n/I18nProvider";

const severities: Record<RequestStatus, BadgeProps["severity"]> = {
  PENDING: "new",
  APPROVED: "success",
  REFUSED: "error",
  CANCELLED: undefined,
};

export function StatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useI18n();
  return (
    <Badge severity={severities[status]} small data-status={status}>
      {t(`status_${status}`)}
    </Badge>
  );
}
