import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { CreatedRaCode, RaCode } from "@efp/contract";
import { useApp } from "../AppContext";
import { ErrorAlert, FlashMessage, Loading, type Flash } from "../components/Feedback";
import { PageTitle } from "../components/PageTitle";
import { RevokeButton } from "../components/RevokeButton";
import { Pager } from "../components/Pager";
import { useI18n } from "../i18n/I18nProvider";
import { navigate, type RaCodesSearch, type Route } from "../router";
import { asApiError, useAsync } from "../useAsync";
import {
  RA_CODE_STATUSES,
  compactSiret,
  personOf,
  raCodeApplications,
  raCodeCompanyError,
  raCodeStatusText,
  raCodesQueryOf,
  type RaCodeApplication,
} from "./raCodes";

/**
 * EFP ADMIN's RA codes of one application: the list with each code's state in words, filtered
 * and paged in the address; creation for an establishment (the code shown once, here only, never
 * again after a reload) and revocation for those who manage the application. Support agents read.
 */
export default function AdminRaCodes({ route }: { route: Route }) {
  const { t } = useI18n();
  const { admin, administered } = useApp();
  const readable = useAsync(useCallback(() => admin.applications(), [admin]));
  const applications = useMemo(() => raCodeApplications(readable.data ?? [], administered.data ?? []), [readable.data, administered.data]);
  const search = useMemo(() => route.raCodes ?? {}, [route.raCodes]);
  const query = useMemo(() => raCodesQueryOf(search), [search]);
  const selected = applications.find((application) => application.clientId === query?.application);
  const show = (next: RaCodesSearch, replace = false) => navigate({ page: "admin-ra-codes", raCodes: next }, { replace });

  // One application with codes: no need to choose it.
  const only = applications.length === 1 ? applications[0].clientId : undefined;
  useEffect(() => {
    if (only && !search.application) show({ application: only }, true);
  }, [only, search.application]);

  return (
    <>
      <PageTitle documentTitle={t("raCodesTitle")}>{t("raCodesTitle")}</PageTitle>
      <p>{t("raCodesIntro")}</p>
      {readable.error && <ErrorAlert error={readable.error} onRetry={readable.reload} id="efp-ra-codes-error" />}
      {readable.data === undefined ? (
        readable.loading && <Loading />
      ) : applications.length === 0 ? (
        <p id="efp-ra-codes-no-application">{t("raCodesNoApplication")}</p>
      ) : (
        <>
          <Filters applications={applications} search={search} onShow={show} />
          {query && selected ? (
            <ApplicationCodes key={selected.clientId} application={selected} query={query} search={search} onShow={show} />
          ) : (
            <p id="efp-ra-codes-pick">{t("raCodesPickApplication")}</p>
          )}
        </>
      )}
    </>
  );
}

function Filters({ applications, search, onShow }: { applications: RaCodeApplication[]; search: RaCodesSearch; onShow: (next: RaCodesSearch) => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState<RaCodesSearch>(search);
  useEffect(() => setTyped(search), [search]);
  const filtered = Boolean(search.company || search.status);
  return (
    <form
      aria-label={t("raCodesFilters")}
      id="efp-ra-codes-filters"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onShow({ application: typed.application, company: compactSiret(typed.company ?? ""), status: typed.status });
      }}
    >
      <div className="efp-filters">
        <Select
          label={t("raCodesApplication")}
          nativeSelectProps={{
            id: "efp-ra-codes-application",
            value: typed.application ?? "",
            onChange: (event) => setTyped({ ...typed, application: event.target.value }),
          }}
        >
          <option value="" disabled>
            {t("raCodesChooseApplication")}
          </option>
          {applications.map((application) => (
            <option key={application.clientId} value={application.clientId}>
              {application.name}
            </option>
          ))}
        </Select>
        <Input
          label={t("raCodesFilterCompany")}
          nativeInputProps={{
            id: "efp-ra-codes-company",
            inputMode: "numeric",
            autoComplete: "off",
            value: typed.company ?? "",
            onChange: (event) => setTyped({ ...typed, company: event.target.value }),
          }}
        />
        <Select
          label={t("raCodesFilterStatus")}
          nativeSelectProps={{ id: "efp-ra-codes-status", value: typed.status ?? "", onChange: (event) => setTyped({ ...typed, status: event.target.value }) }}
        >
          <option value="">{t("raCodesAllStatuses")}</option>
          {RA_CODE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`raCodesStatus_${status}`)}
            </option>
          ))}
        </Select>
      </div>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--icon-left", "fr-mt-2w")}>
        <li>
          <Button type="submit" iconId="fr-icon-filter-line" nativeButtonProps={{ id: "efp-ra-codes-submit" }}>
            {search.application ? t("raCodesSubmit") : t("raCodesShow")}
          </Button>
        </li>
        {filtered && (
          <li>
            <Button type="button" priority="tertiary" onClick={() => onShow({ application: search.application })}>
              {t("raCodesReset")}
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}

function ApplicationCodes({
  application,
  query,
  search,
  onShow,
}: {
  application: RaCodeApplication;
  query: NonNullable<ReturnType<typeof raCodesQueryOf>>;
  search: RaCodesSearch;
  onShow: (next: RaCodesSearch) => void;
}) {
  const { t, plural } = useI18n();
  const { admin } = useApp();
  const key = JSON.stringify(query);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the query's value, not its identity
  const codes = useAsync(useCallback(() => admin.raCodesPage(query), [admin, key]));
  const [flash, setFlash] = useState<Flash>();
  // The code just created: in this component's state only, so a reload or another page forgets it.
  const [created, setCreated] = useState<CreatedRaCode>();

  return (
    <>
      <FlashMessage flash={flash} id="efp-ra-codes-flash" />
      {application.canManage ? (
        <>
          {created && <CreatedCode code={created} />}
          <CreateForm
            application={application}
            onCreated={(code) => {
              setFlash(undefined);
              setCreated(code);
              codes.reload();
            }}
          />
        </>
      ) : (
        <p className={fr.cx("fr-text--sm")} id="efp-ra-codes-read-only">
          {t("raCodesReadOnly")}
        </p>
      )}

      {codes.error && <ErrorAlert error={codes.error} onRetry={codes.reload} id="efp-ra-codes-list-error" />}
      {codes.data === undefined ? (
        codes.loading && <Loading />
      ) : (
        <>
          <p role="status" className={fr.cx("fr-mt-2w", "fr-text--bold")} id="efp-ra-codes-count">
            {plural("raCodesFound", codes.data.total)}
          </p>
          {codes.data.items.length === 0 ? (
            <p id="efp-ra-codes-none">{t("raCodesNone")}</p>
          ) : (
            <CodesTable
              application={application}
              codes={codes.data.items}
              onRevoked={(text) => {
                setCreated(undefined);
                setFlash({ severity: "success", text, key: Date.now() });
                codes.reload();
              }}
              onFailed={(caught) => setFlash({ severity: "error", text: asApiError(caught).message, key: Date.now() })}
            />
          )}
          <Pager
            total={codes.data.total}
            first={query.first}
            max={query.max}
            label={t("raCodesPagination")}
            onPage={(first) => onShow({ ...search, first: String(first) })}
          />
        </>
      )}
    </>
  );
}

function CreateForm({ application, onCreated }: { application: RaCodeApplication; onCreated: (code: CreatedRaCode) => void }) {
  const { t } = useI18n();
  const { admin } = useApp();
  const [company, setCompany] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = raCodeCompanyError(company);
    if (invalid) {
      setError(t(invalid));
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const code = await admin.createRaCode({ application: application.clientId, company: compactSiret(company) });
      setCompany("");
      onCreated(code);
    } catch (caught) {
      setError(asApiError(caught).message);
      inputRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="efp-panel fr-mb-3w" id="efp-ra-codes-create" aria-labelledby="efp-ra-codes-create-title" onSubmit={submit} noValidate>
      <h2 id="efp-ra-codes-create-title" className={fr.cx("fr-h5")}>
        {t("raCodesCreateTitle")}
      </h2>
      <div className="efp-inline-form">
        <Input
          label={t("raCodesCreateCompany")}
          hintText={t("raCodesCreateCompanyHint")}
          state={error ? "error" : "default"}
          stateRelatedMessage={error}
          nativeInputProps={{
            id: "efp-ra-codes-create-company",
            ref: inputRef,
            inputMode: "numeric",
            autoComplete: "off",
            value: company,
            "aria-invalid": error ? true : undefined,
            onChange: (event) => setCompany(event.target.value),
          }}
        />
        <Button type="submit" iconId="fr-icon-add-line" iconPosition="left" disabled={busy} nativeButtonProps={{ id: "efp-ra-codes-create-submit" }}>
          {t("raCodesCreate")}
        </Button>
      </div>
    </form>
  );
}

/** The code just created, with its copy button and the warning that it will never be shown again. */
function CreatedCode({ code }: { code: CreatedRaCode }) {
  const { t, date } = useI18n();
  const boxRef = useRef<HTMLDivElement>(null);
  const valueRef = useRef<HTMLParagraphElement>(null);
  const [copied, setCopied] = useState<"copied" | "failed">();
  useEffect(() => {
    setCopied(undefined);
    boxRef.current?.focus();
  }, [code]);
  const company = code.company ? `${code.company.name} (SIRET ${code.company.siret ?? code.company.code ?? ""})` : "";
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code.code);
      setCopied("copied");
    } catch {
      // No clipboard (an older browser, a page not served over HTTPS): the code is selected for Ctrl+C.
      const selection = window.getSelection();
      if (valueRef.current && selection) selection.selectAllChildren(valueRef.current);
      setCopied("failed");
    }
  };
  return (
    <div
      ref={boxRef}
      tabIndex={-1}
      className={fr.cx("fr-callout", "fr-mb-3w")}
      id="efp-ra-code-created"
      aria-labelledby="efp-ra-code-created-title"
      role="region"
    >
      <h2 id="efp-ra-code-created-title" className={fr.cx("fr-callout__title", "fr-h5")}>
        {t("raCodesCreatedTitle", company)}
      </h2>
      <p className={fr.cx("fr-mb-1w")}>{t("raCodesCreatedLabel")}</p>
      <p ref={valueRef} className="efp-ra-code" id="efp-ra-code-value" translate="no">
        {code.code}
      </p>
      <p className={fr.cx("fr-callout__text", "fr-text--md")} id="efp-ra-code-warning">
        <span className={fr.cx("fr-icon-warning-fill", "fr-icon--sm", "fr-mr-1w")} aria-hidden="true" />
        {t("raCodesCreatedWarning", date(code.expiresAt))}
      </p>
      <Button priority="secondary" iconId="fr-icon-clipboard-line" iconPosition="left" onClick={copy} nativeButtonProps={{ id: "efp-ra-code-copy" }}>
        {t("raCodesCopy")}
      </Button>
      <p role="status" className={fr.cx("fr-mt-1w", "fr-mb-0", "fr-text--sm")} id="efp-ra-code-copied">
        {copied === "copied" ? t("raCodesCopied") : copied === "failed" ? t("raCodesCopyFailed") : ""}
      </p>
    </div>
  );
}

function CodesTable({
  application,
  codes,
  onRevoked,
  onFailed,
}: {
  application: RaCodeApplication;
  codes: RaCode[];
  onRevoked: (text: string) => void;
  onFailed: (caught: unknown) => void;
}) {
  const { t, date } = useI18n();
  const i18n = useI18n();
  // Three columns, the creation under the establishment: readable at 375 px without scrolling sideways.
  const headers = [t("colRaCodeCompany"), t("colRaCodeStatus")];
  return (
    <Table
      id="efp-ra-codes"
      caption={t("raCodesCaption", application.name)}
      noCaption
      bordered
      fixed
      headers={application.canManage ? [...headers, t("colRaCodeActions")] : headers}
      data={codes.map((code) => {
        const company = code.company ? `${code.company.name} (${code.company.siret ?? code.company.code ?? ""})` : "";
        const row = [
          <div key="company">
            <span data-ra-code-id={code.id}>{company}</span>
            <p className={fr.cx("fr-text--xs", "fr-mb-0")} data-ra-code-created={code.id}>
              {code.createdBy
                ? t("raCodeCreatedOnBy", date(code.createdAt), personOf(code.createdByUser, code.createdBy))
                : t("raCodeCreatedOn", date(code.createdAt))}
            </p>
          </div>,
          <span key="status" data-status={code.status} className="efp-ra-code-status">
            {raCodeStatusText(code, i18n)}
          </span>,
        ];
        if (!application.canManage) return row;
        return [
          ...row,
          code.status === "active" ? <RevokeCode key="revoke" code={code} company={company} onDone={onRevoked} onFailed={onFailed} /> : <span key="revoke" />,
        ];
      })}
    />
  );
}

function RevokeCode({
  code,
  company,
  onDone,
  onFailed,
}: {
  code: RaCode;
  company: string;
  onDone: (text: string) => void;
  onFailed: (caught: unknown) => void;
}) {
  const { t, date } = useI18n();
  const { admin } = useApp();
  return (
    <RevokeButton
      id={`efp-ra-code-revoke-${code.id}`}
      label={t("raCodesRevokeOf", company)}
      question={t("raCodesRevokeQuestion", date(code.createdAt), company)}
      text={t("raCodesRevoke")}
      confirm={t("raCodesRevokeConfirm")}
      revoke={async () => {
        await admin.revokeRaCode(code.id);
        return t("raCodesRevoked", company);
      }}
      onDone={onDone}
      onFailed={onFailed}
    />
  );
}
