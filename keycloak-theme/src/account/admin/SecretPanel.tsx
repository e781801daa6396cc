import { useEffect, useRef, useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useI18n } from "../i18n/I18nProvider";

/**
 * An application's secret, the one time it is shown (after a creation or a rotation): a
 * read-only field that takes the focus, a copy button, and why it must be copied now. Nothing
 * keeps it: leaving the page forgets it.
 */
export function SecretPanel({ clientId, secret }: { clientId: string; secret: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<"done" | "failed">();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [secret]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("done");
    } catch {
      field.current?.select();
      setCopied("failed");
    }
  };
  return (
    <div className={fr.cx("fr-mb-4w")} id="efp-app-secret-panel">
      <Alert severity="warning" small description={t("appSecretShownOnce")} className={fr.cx("fr-mb-2w")} />
      <div className={fr.cx("fr-input-group")}>
        <label className={fr.cx("fr-label")} htmlFor="efp-app-secret">
          {t("appSecretLabel", clientId)}
        </label>
        <input
          ref={field}
          id="efp-app-secret"
          className={fr.cx("fr-input")}
          readOnly
          value={secret}
          spellCheck={false}
          autoComplete="off"
          style={{ fontFamily: "monospace" }}
        />
      </div>
      <Button type="button" priority="secondary" iconId="fr-icon-clipboard-line" nativeButtonProps={{ id: "efp-app-secret-copy" }} onClick={() => void copy()}>
        {t("appSecretCopy")}
      </Button>
      <p role="status" className={fr.cx("fr-mt-1w", "fr-text--sm")} id="efp-app-secret-copied">
        {copied === "done" ? t("appSecretCopied") : copied === "failed" ? t("appSecretCopyFailed") : ""}
      </p>
    </div>
  );
}
