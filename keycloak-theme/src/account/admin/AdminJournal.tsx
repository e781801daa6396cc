import { useCallback, useEffect, useMemo, useState, type FormEvent } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { AUDIT_ACTIONS, type AuditEntry, type AuditQuery } from "@efp/contract";
import { typeName } from "./historyText";
import { useApp } from "../AppContext";
import { ErrorAlert, Loading } from "../components/Feedback";
import { PageTitle } from "../components/PageTitle";
import { Pager } from "../components/Pager";
import { useI18n } from "../i18n/I18nProvider";
import { navigate, type JournalSearch, type Route } from "../router";
import { useAsync } from "../useAsync";
import { isMessageKey } from "../i18n/messages";
import { detailFacts } from "./journalDetails";
import { ExportButton } from "./ExportButton";

export const JOURNAL_PAGE_SIZE = 50;

/** The API query of the journal's filters held in the address (the page a whole multiple of its size). */
export function journalQueryOf(search: JournalSearch): AuditQuery & { first: number; max: number } {
  const first = Number.parseInt(search.first ?? "0", 10);
  const { first: _ignored, ...filters } = search;
  return { ...filters, first: Number.isFinite(first) && first > 0 ? Math.floor(first / JOURNAL_PAGE_SIZE) * JOURNAL_PAGE_SIZE : 0, max: JOURNAL_PAGE_SIZE };
}

/**
 * EFP ADMIN's audit journal: what the API lets the person read (administrators everything, the
 * others their applications' entries and their own actions), filtered by a form whose values
 * live in the address, a page at a time, and exported as CSV with the same filters.
 */
export default function AdminJournal({ route }: { route: Route }) {
  const { t, plural } = useI18n();
  const actionLabel = (action: string) => typeName(t, action);
  const { admin, exports, administered } = useApp();
  const search = useMemo(() => route.journal ?? {}, [route.journal]);
  const query = useMemo(() => journalQueryOf(search), [search]);
  const key = JSON.stringify(query);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the query's value, not its identity
  const journal = useAsync(useCallback(() => admin.journal(query), [admin, key]));
  const [typed, setTyped] = useState<JournalSearch>(search);
  useEffect(() => setTyped(search), [search]);
  const show = (next: JournalSearch) => navigate({ page: "admin-journal", journal: next });
  const filtered = Object.entries(search).some(([name, value]) => name !== "first" && value);
  const text = (name: keyof JournalSearch, label: string, type = "text") => (
    <Input
      label={label}
      nativeInputProps={{
        id: `efp-journal-${name}`,
        name,
        type,
        value: typed[name] ?? "",
        onChange: (event) => setTyped({ ...typed, [name]: event.target.value }),
      }}
    />
  );

  return (
    <>
      <PageTitle documentTitle={t("journalTitle")}>{t("journalTitle")}</PageTitle>
      <p>{t("journalIntro")}</p>
      <form
        aria-label={t("journalFilters")}
        id="efp-journal-filters"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          const trimmed = Object.fromEntries(Object.entries(typed).map(([name, value]) => [name, value?.trim()]));
          show({ ...trimmed, first: undefined });
        }}
      >
        <div className="efp-filters">
          <Select
            label={t("journalApplication")}
            nativeSelectProps={{
              id: "efp-journal-application",
              value: typed.application ?? "",
              onChange: (event) => setTyped({ ...typed, application: event.target.value }),
            }}
          >
            <option value="">{t("journalAllApplications")}</option>
            {(administered.data ?? []).map((application) => (
              <option key={application.application} value={application.application}>
                {application.applicationName}
              </option>
            ))}
          </Select>
          <Select
            label={t("journalAction")}
            nativeSelectProps={{ id: "efp-journal-action", value: typed.action ?? "", onChange: (event) => setTyped({ ...typed, action: event.target.value }) }}
          >
            <option value="">{t("journalAllActions")}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {actionLabel(action)}
              </option>
            ))}
          </Select>
          {text("from", t("journalFrom"), "date")}
          {text("to", t("journalTo"), "date")}
        </div>
        <div className="efp-filters">
          {text("company", t("journalCompany"))}
          {text("user", t("journalUser"))}
          {text("actor", t("journalActor"))}
        </div>
        <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--icon-left", "fr-mt-2w")}>
          <li>
            <Button type="submit" iconId="fr-icon-filter-line" nativeButtonProps={{ id: "efp-journal-submit" }}>
              {t("journalSubmit")}
            </Button>
          </li>
          {filtered && (
            <li>
              <Button
                type="button"
                priority="tertiary"
                onClick={() => {
                  setTyped({});
                  show({});
                }}
              >
                {t("journalReset")}
              </Button>
            </li>
          )}
        </ul>
      </form>

      <ExportButton
        id="efp-journal-export"
        fallbackName="efp-journal.csv"
        start={() => {
          const { first: _first, max: _max, ...filters } = query;
          return exports.audit(filters);
        }}
      />

      {journal.error && <ErrorAlert error={journal.error} onRetry={journal.reload} id="efp-journal-error" />}
      {journal.data === undefined ? (
        journal.loading && <Loading />
      ) : (
        <>
          <p role="status" className={fr.cx("fr-mt-2w", "fr-text--bold")} id="efp-journal-count">
            {plural("journalFound", journal.data.total)}
          </p>
          {journal.data.items.length === 0 ? <p id="efp-journal-none">{t("journalNone")}</p> : <JournalTable entries={journal.data.items} />}
          <Pager
            total={journal.data.total}
            first={query.first}
            max={query.max}
            label={t("journalPagination")}
            onPage={(first) => show({ ...search, first: String(first) })}
          />
        </>
      )}
    </>
  );
}

function JournalTable({ entries }: { entries: AuditEntry[] }) {
  const { t, lang, date } = useI18n();
  const { admin } = useApp();
  // The applications' role labels, to say the roles of a grant as people read them.
  const applications = useAsync(useCallback(() => admin.applications(), [admin]));
  const labelsOf = (clientId: string | null) => applications.data?.find((application) => application.clientId === clientId)?.roleLabels;
  const words = { yes: t("yes"), no: t("no"), date };
  const detailsText = (entry: AuditEntry) =>
    detailFacts(entry.details, labelsOf(entry.application), lang, words)
      .map((fact) => {
        const key = `auditDetail_${fact.key}`;
        return fact.key === "" ? fact.value : `${isMessageKey(key) ? t(key) : fact.key} : ${fact.value}`;
      })
      .join(" · ");
  const actionLabel = (action: string) => typeName(t, action);
  const when = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Paris" });
  return (
    <Table
      id="efp-journal"
      caption={t("journalCaption")}
      noCaption
      bordered
      // Fixed columns whose long words wrap (ids, addresses, details): no region to scroll sideways.
      fixed
      headers={[t("colWhen"), t("colAction"), t("colActor"), t("colJournalApplication"), t("colCompany"), t("colSubject"), t("colJournalDetails")]}
      data={entries.map((entry) => [
        when.format(new Date(entry.time)),
        <span key="action" data-action={entry.action}>
          {actionLabel(entry.action)}
        </span>,
        entry.actor,
        entry.application ?? "",
        entry.company ?? "",
        entry.subjectUserId ?? "",
        <span key="details" className="efp-journal-details">
          {detailsText(entry)}
        </span>,
      ])}
    />
  );
}
