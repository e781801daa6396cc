import { useEffect, useRef } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ButtonGroup } from "../../shared/ButtonGroup";
import { useI18n } from "../i18n/I18nProvider";

/**
 * A question asked in place before an action that cannot be undone from here (disable an
 * account, revoke an access): its confirmation button takes the focus, "Annuler" goes back.
 */
export function ConfirmPanel({
  label,
  question,
  confirm,
  confirmId,
  busy,
  compact,
  onConfirm,
  onCancel,
}: {
  label: string;
  question: string;
  confirm: string;
  confirmId: string;
  busy: boolean;
  /** In a table cell: no panel background, smaller text. */
  compact?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div className={compact ? undefined : "efp-panel"} role="group" aria-label={label}>
      <p className={compact ? fr.cx("fr-text--sm", "fr-mb-1w") : undefined}>{question}</p>
      <ButtonGroup inline={compact ? "always" : "md"} small>
        <Button ref={confirmRef} size="small" disabled={busy} nativeButtonProps={{ id: confirmId }} onClick={onConfirm}>
          {confirm}
        </Button>
        <Button size="small" priority="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </ButtonGroup>
    </div>
  );
}
