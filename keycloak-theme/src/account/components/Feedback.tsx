import { useContext, useEffect, useRef } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ApiError } from "@efp/contract";
import { AppContext } from "../AppContext";
import { useI18n } from "../i18n/I18nProvider";

/** The API's code for an access manager who has not accepted the current charter (CharterDuty). */
export const CHARTER_NOT_ACCEPTED = "charter_not_accepted";

/**
 * The API's refusal or an unreachable server, in words (the API's French message, as text). An
 * access manager who owes the charter gets a link to it instead of a dead end: Keycloak's
 * charter page (application-initiated action), which brings them back here once accepted.
 */
export function ErrorAlert({ error, onRetry, id }: { error: Pick<ApiError, "message"> & Partial<Pick<ApiError, "code">>; onRetry?: () => void; id?: string }) {
  const { t, lang } = useI18n();
  const app = useContext(AppContext);
  if (error.code === CHARTER_NOT_ACCEPTED && app) {
    return (
      <div className="fr-mb-4w">
        <Alert
          id={id ?? "efp-charter-owed"}
          severity="warning"
          role="alert"
          title={t("charterOwedTitle")}
          description={
            <>
              <span className="fr-mb-1w" style={{ display: "block" }}>
                {error.message}
              </span>
              <a
                id="efp-charter-link"
                className="fr-link fr-icon-arrow-right-line fr-link--icon-right"
                href="#"
                onClick={(event) => {
                  event.preventDefault();
                  app.session.startAction("efp-access-manager-charter", lang);
                }}
              >
                {t("charterOwedLink")}
              </a>
            </>
          }
        />
      </div>
    );
  }
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
