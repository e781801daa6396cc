import { useCallback, useEffect, useRef, useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useApp } from "../AppContext";
import type { AccessRequest, RoleLabels } from "@efp/contract";
import { ErrorAlert, FlashMessage, Loading, type Flash } from "../components/Feedback";
import { useI18n } from "../i18n/I18nProvider";
import { personName } from "../names";
import { asApiError, useAsync } from "../useAsync";
import type { Pair } from "./AccessManagement";
import { HabilitationFields, emptyHabilitation, useHabilitationForm } from "./HabilitationFields";
import { ButtonGroup } from "../../shared/ButtonGroup";
import { isStructureCode } from "./companyKind";

/**
 * "Demandes d'accès": the pending requests for the application and the company, oldest first;
 * each one approved with the roles to give, or refused with a reason the requester receives.
 */
export function RequestsTab({
  pair,
  onCount,
  onNames,
}: {
  pair: Pair;
  onCount: (count: number) => void;
  /** The names a request carries, for a pair reached by a link (an agent's structure, whose admins manage no pair as such). */
  onNames?: (names: { applicationName: string; companyName: string }) => void;
}) {
  const { plural } = useI18n();
  const { api, managed } = useApp();
  const requests = useAsync(useCallback(() => api.pendingRequests(pair.application, pair.siret), [api, pair.application, pair.siret]));
  const [flash, setFlash] = useState<Flash>();

  useEffect(() => {
    if (requests.data) onCount(requests.data.items.length);
    const first = requests.data?.items[0];
    if (first?.applicationName && first.companyName) onNames?.({ applicationName: first.applicationName, companyName: first.companyName });
  }, [requests.data, onCount, onNames]);

  const decided = (text: string) => {
    setFlash({ severity: "success", text, key: Date.now() });
    requests.reload();
    managed.reload();
  };

  return (
    <div id="efp-requests">
      <FlashMessage flash={flash} id="efp-requests-flash" />
      {requests.error && <ErrorAlert error={requests.error} onRetry={requests.reload} />}
      {requests.data === undefined ? (
        requests.loading && <Loading />
      ) : (
        <>
          <h3 className={fr.cx("fr-h5")} id="efp-pending-count">
            {plural("pending", requests.data.items.length)}
          </h3>
          {requests.data.items.length > 0 && (
            <ul className={fr.cx("fr-raw-list")} id="efp-request-list">
              {requests.data.items.map((request) => (
                <RequestItem
                  key={request.id}
                  request={request}
                  pair={pair}
                  roles={requests.data!.roles}
                  roleLabels={requests.data!.roleLabels}
                  onDecided={decided}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

function RequestItem({
  request,
  pair,
  roles,
  roleLabels,
  onDecided,
}: {
  request: AccessRequest;
  pair: Pair;
  roles: string[];
  roleLabels: RoleLabels;
  onDecided: (text: string) => void;
}) {
  const { t, date } = useI18n();
  const { api } = useApp();
  const requester = request.requester ?? { id: "", email: "", firstName: "", lastName: "" };
  const name = personName(requester);
  const idPrefix = `efp-request-${request.id}`;
  const form = useHabilitationForm(idPrefix, false, () => emptyHabilitation());
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const refuseRef = useRef<HTMLButtonElement>(null);
  const wasRefusing = useRef(false);
  useEffect(() => {
    if (refusing) reasonRef.current?.focus();
    else if (wasRefusing.current) refuseRef.current?.focus();
    wasRefusing.current = refusing;
  }, [refusing]);

  const act = async (call: () => Promise<void>, success: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await call();
      onDecided(success);
    } catch (caught) {
      setError(asApiError(caught).message);
      setBusy(false);
    }
  };

  return (
    <li className="efp-person efp-request" data-request={request.id} data-email={requester.email}>
      <article aria-labelledby={`${idPrefix}-name`}>
        <h4 className={fr.cx("fr-h6", "fr-mb-1v")} id={`${idPrefix}-name`}>
          {name}
        </h4>
        <p className={fr.cx("fr-mb-1w", "fr-text--sm")}>{requester.email}</p>
        <p className={fr.cx("fr-mb-1w")}>
          {t("requestFor")}
          <br />
          <strong>{request.companyName}</strong>
          <br />
          {isStructureCode(request.siret ?? pair.siret) ? t("structureCode", request.siret ?? pair.siret) : t("siret", request.siret ?? pair.siret)}
        </p>
        <p className={fr.cx("fr-text--sm", "fr-mb-1w")}>{t("receivedOn", date(request.createdAt))}</p>
        {request.description && (
          <div className={fr.cx("fr-mb-2w")}>
            <p className={fr.cx("fr-text--sm", "fr-mb-0")}>{t("requesterMessage")}</p>
            <blockquote className="efp-description" data-description>
              {request.description}
            </blockquote>
          </div>
        )}
        {error && <ErrorAlert error={{ message: error }} id={`${idPrefix}-error`} />}

        {!pair.canManage ? null : refusing ? (
          <form
            className="efp-panel"
            noValidate
            aria-label={t("refuseOf", name)}
            onSubmit={(event) => {
              event.preventDefault();
              if (reason.trim() === "") {
                setReasonError(t("refuseReasonRequired"));
                reasonRef.current?.focus();
                return;
              }
              setReasonError(undefined);
              void act(() => api.refuse(pair.application, pair.siret, request.id, reason), t("refused", name));
            }}
          >
            <Input
              textArea
              label={t("refuseReason")}
              hintText={t("refuseReasonHint", name)}
              state={reasonError ? "error" : "default"}
              stateRelatedMessage={reasonError}
              nativeTextAreaProps={{
                id: `${idPrefix}-reason`,
                ref: reasonRef,
                required: true,
                "aria-invalid": reasonError ? true : undefined,
                maxLength: 1000,
                rows: 3,
                value: reason,
                onChange: (event) => {
                  setReason(event.target.value);
                  if (reasonError && event.target.value.trim() !== "") setReasonError(undefined);
                },
              }}
            />
            <ButtonGroup inline="md" small>
              <Button type="submit" size="small" disabled={busy} nativeButtonProps={{ id: `${idPrefix}-refuse-confirm` }}>
                {t("refuseConfirm")}
              </Button>
              <Button type="button" size="small" priority="secondary" onClick={() => setRefusing(false)}>
                {t("cancel")}
              </Button>
            </ButtonGroup>
          </form>
        ) : (
          <form
            className="efp-panel"
            noValidate
            aria-label={t("approveOf", name)}
            onSubmit={(event) => {
              event.preventDefault();
              if (!form.validate()) return;
              void act(
                () => api.approve(pair.application, pair.siret, request.id, { roles: form.value.roles, accessManager: form.value.accessManager }),
                t("approved", name, pair.applicationName),
              );
            }}
          >
            <HabilitationFields {...form.fieldProps} roles={roles} roleLabels={roleLabels} holder={name} fields={{}} />
            <ButtonGroup inline="md" small iconLeft>
              <Button
                type="submit"
                size="small"
                iconId="fr-icon-check-line"
                disabled={busy}
                nativeButtonProps={{ id: `${idPrefix}-approve`, "aria-label": t("approveOf", name) }}
              >
                {t("approve")}
              </Button>
              <Button
                ref={refuseRef}
                type="button"
                size="small"
                priority="secondary"
                iconId="fr-icon-close-line"
                onClick={() => setRefusing(true)}
                nativeButtonProps={{ id: `${idPrefix}-refuse`, "aria-label": t("refuseOf", name) }}
              >
                {t("refuse")}
              </Button>
            </ButtonGroup>
          </form>
        )}
      </article>
    </li>
  );
}
