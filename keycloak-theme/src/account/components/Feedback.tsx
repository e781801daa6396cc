import { useEffect, useRef } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ApiError } from "../api/client";
import { useI18n } from "../i18n";

/** The API's refusal or an unreachable server, in words (the API's French message, as text). */
export function ErrorAlert({ error, onRetry, id }: { error: Pick<ApiError, "message">; onRetry?: () => void; id?: string }) {
  const { t } = useI18n();
  return (
    <div className="fr-mb-4w">
      <Alert id={id} severity="error" small role="alert" description={error.message} />
      {onRetry && (
        <Button className="fr-mt-2w" priority="secondary" size="small" onClick={onRetry}>
          {t("retry")}
        </Button>
      )}
    </div>
  );
}

export type Flash = { severity: "success" | "error"; text: string; key: number };

/**
 * The outcome of an action, announced and focused: the button that was pressed is often gone
 * (an approved request leaves the list), so the focus moves here rather than to the page body.
 */
export function FlashMessage({ flash, id }: { flash: Flash | undefined; id: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (flash) ref.current?.focus();
  }, [flash]);
  return (
    <div ref={ref} id={id} tabIndex={-1} role={flash?.severity === "error" ? "alert" : "status"} className="efp-flash">
      {flash && <Alert key={flash.key} className="fr-mb-4w" severity={flash.severity} small description={flash.text} />}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="fr-text--sm">
      {t("loading")}
    </p>
  );
}
