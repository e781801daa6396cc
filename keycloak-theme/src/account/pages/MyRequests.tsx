import { useCallback, useEffect, useRef, useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { useApp } from "../AppContext";
import type { AccessRequest } from "@efp/contract";
import { ErrorAlert, FlashMessage, Loading, type Flash } from "../components/Feedback";
import { PageTitle } from "../components/PageTitle";
import { StatusBadge } from "../components/StatusBadge";
import { useI18n } from "../i18n/I18nProvider";
import { asApiError, useAsync } from "../useAsync";
import { ButtonGroup } from "../../shared/ButtonGroup";
import { isStructureCode } from "../access/companyKind";

/** "Mes demandes": my access requests, newest first, with their outcome; a pending one can be cancelled. */
export default function MyRequests() {
  const { t, date } = useI18n();
  const { api } = useApp();
  const requests = useAsync(useCallback(() => api.myRequests(), [api]));
  const [flash, setFlash] = useState<Flash>();

  const cancelled = (request: AccessRequest) => {
    setFlash({ severity: "success", text: t("cancelled", request.applicationName ?? "", request.companyName ?? ""), key: Date.now() });
    requests.reload();
  };
  const failed = (text: string) => setFlash({ severity: "error", text, key: Date.now() });

  return (
    <>
      <PageTitle documentTitle={t("requestsTitle")}>{t("requestsTitle")}</PageTitle>
      <p className={fr.cx("fr-text--lead")}>{t("requestsIntro")}</p>
      <FlashMessage flash={flash} id="efp-requests-flash" />
      {requests.error && <ErrorAlert error={requests.error} onRetry={requests.reload} />}
      {requests.data === undefined ? (
        requests.loading && <Loading />
      ) : requests.data.length === 0 ? (
        <p id="efp-no-request">{t("requestsEmpty")}</p>
      ) : (
        <Table
          id="efp-my-requests"
          caption={t("requestsCaption")}
          noCaption
          bordered
          headers={[t("colApplication"), t("colCompany"), t("colDate"), t("colStatus"), t("colAction")]}
          data={requests.data.map((request) => [
            request.applicationName ?? request.application ?? "",
            <>
              {request.companyName}
              <br />
              <span className={fr.cx("fr-text--sm")}>
                {isStructureCode(request.siret ?? "") ? t("structureCode", request.siret ?? "") : t("siret", request.siret ?? "")}
              </span>
            </>,
            date(request.createdAt),
            <>
              <StatusBadge status={request.status} />
              {request.decidedAt && request.status !== "PENDING" && <span className={fr.cx("fr-text--sm")}> {t("decidedOn", date(request.decidedAt))}</span>}
              {request.reason && (
                <p className={fr.cx("fr-text--sm", "fr-mt-1w", "fr-mb-0")} data-reason>
                  {t("reason", request.reason)}
                </p>
              )}
            </>,
            request.status === "PENDING" ? <CancelRequest request={request} onCancelled={cancelled} onFailed={failed} /> : "",
          ])}
        />
      )}
    </>
  );
}

function CancelRequest({
  request,
  onCancelled,
  onFailed,
}: {
  request: AccessRequest;
  onCancelled: (request: AccessRequest) => void;
  onFailed: (text: string) => void;
}) {
  const { t } = useI18n();
  const { api } = useApp();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const application = request.applicationName ?? request.application ?? "";
  const company = request.companyName ?? "";
  if (!confirming) {
    return (
      <Button
        ref={openRef}
        priority="secondary"
        size="small"
        onClick={() => setConfirming(true)}
        nativeButtonProps={{ "aria-label": t("cancelRequestOf", application, company) }}
      >
        {t("cancelRequest")}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={t("cancelQuestion", application, company)}>
      <p className={fr.cx("fr-text--sm", "fr-mb-1w")}>{t("cancelQuestion", application, company)}</p>
      <ButtonGroup inline="always" small>
        <Button
          ref={confirmRef}
          size="small"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await api.cancelMyRequest(request.id);
              onCancelled(request);
            } catch (error) {
              onFailed(asApiError(error).message);
              setBusy(false);
              setConfirming(false);
            }
          }}
        >
          {t("cancelConfirm")}
        </Button>
        <Button size="small" priority="tertiary" onClick={() => setConfirming(false)}>
          {t("cancelKeep")}
        </Button>
      </ButtonGroup>
    </div>
  );
}
