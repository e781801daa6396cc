import { useEffect, useRef, useState } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useI18n } from "../i18n/I18nProvider";
import { ConfirmPanel } from "./ConfirmPanel";

/**
 * "Révoquer" in a table row, then its question in place (ConfirmPanel). `revoke` calls the API
 * and gives the sentence that says it is done; a refusal goes to `onFailed` and the focus back to
 * the button, as does "Annuler".
 */
export function RevokeButton({
  id,
  label,
  question,
  text,
  confirm,
  revoke,
  onDone,
  onFailed,
}: {
  id: string;
  /** What is revoked, for screen readers ("Révoquer l'accès de …"). */
  label: string;
  question: string;
  /** The button's and the confirmation's words: "Retirer l'accès" and "Confirmer le retrait" unless given. */
  text?: string;
  confirm?: string;
  revoke: () => Promise<string>;
  onDone: (text: string) => void;
  onFailed: (caught: unknown) => void;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const revokeRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Back from the question (cancelled, or refused): the focus returns to the button.
  useEffect(() => {
    if (!confirming && asked.current) revokeRef.current?.focus();
  }, [confirming]);
  if (!confirming) {
    return (
      <Button
        ref={revokeRef}
        size="small"
        priority="tertiary"
        iconId="fr-icon-delete-line"
        nativeButtonProps={{ id, "aria-label": label }}
        onClick={() => {
          asked.current = true;
          setConfirming(true);
        }}
      >
        {text ?? t("revoke")}
      </Button>
    );
  }
  return (
    <ConfirmPanel
      compact
      label={label}
      question={question}
      confirm={confirm ?? t("revokeConfirm")}
      confirmId={`${id}-confirm`}
      busy={busy}
      onConfirm={async () => {
        setBusy(true);
        try {
          onDone(await revoke());
        } catch (caught) {
          onFailed(caught);
          setBusy(false);
          setConfirming(false);
        }
      }}
      onCancel={() => setConfirming(false)}
    />
  );
}
