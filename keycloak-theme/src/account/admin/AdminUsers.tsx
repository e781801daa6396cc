import { useCallback, useEffect, useMemo, useState, type FormEvent } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { UserRow } from "@efp/contract";
import { useApp } from "../AppContext";
import { ErrorAlert, Loading } from "../components/Feedback";
import { PageTitle } from "../components/PageTitle";
import { Pager } from "../components/Pager";
import { useI18n } from "../i18n/I18nProvider";
import { personName } from "../names";
import { navigate, routeLinkProps, type AdminSearch, type Route } from "../router";
import { useAsync } from "../useAsync";
import { ADMIN_KINDS, ADMIN_SORTS, ADMIN_STATUSES, accountStatusKey, accountStatuses, userQueryOf } from "./adminSearch";
import { AccountStatusBadges } from "./AccountStatusBadges";
import { ExportButton } from "./ExportButton";
import { rememberAdminSearch } from "./lastSearch";

/**
 * EFP ADMIN's user list: the search (name, email, SIRET, company name), its filters and its
 * order live in the address, so that the way back from a user's page shows the same list. An
 * application admin or a support agent sees the accounts of their applications only: the API
 * decides.
 */
export default function AdminUsers({ route }: { route: Route }) {
  const { t, plural } = useI18n();
  const { admin, exports, administered } = useApp();
  const search = useMemo(() => route.search ?? {}, [route.search]);
  const query = useMemo(() => userQueryOf(search), [search]);
  const key = JSON.stringify(query);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the query's value, not its identity
  const users = useAsync(useCallback(() => admin.users(query), [admin, key]));
  const [typed, setTyped] = useState<AdminSearch>(search);
  useEffect(() => {
    rememberAdminSearch(search);
    setTyped(search);
  }, [search]);
  const show = (next: AdminSearch) => navigate({ page: "admin-users", search: next });
  const filtered = Object.entries(search).some(([name, value]) => name !== "first" && name !== "sort" && value);

  return (
    <>
      <PageTitle documentTitle={t("adminUsersTitle")}>{t("adminUsersTitle")}</PageTitle>
      <p>{t("adminUsersIntro")}</p>
      {(administered.data ?? []).some((application) => application.canManage) && (
        <p>
          <a
            className={fr.cx("fr-btn", "fr-btn--secondary", "fr-btn--icon-left", "fr-icon-user-add-line")}
            id="efp-admin-new-account"
            {...routeLinkProps({ page: "admin-new-user" })}
          >
            {t("newAccountLink")}
          </a>
        </p>
      )}
      <form
        role="search"
        aria-label={t("adminSearchLegend")}
        id="efp-admin-search"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          show({ ...typed, first: undefined, q: typed.q?.trim() });
        }}
      >
        <Input
          label={t("adminSearchLabel")}
          nativeInputProps={{
            id: "efp-admin-search-text",
            type: "search",
            value: typed.q ?? "",
            onChange: (event) => setTyped({ ...typed, q: event.target.value }),
          }}
        />
        <div className="efp-filters">
          <Select
            label={t("adminApplicationFilter")}
            nativeSelectProps={{
              id: "efp-admin-application",
              value: typed.application ?? "",
              onChange: (event) => setTyped({ ...typed, application: event.target.value }),
            }}
          >
            <option value="">{t("adminAllApplications")}</option>
            {(administered.data ?? []).map((application) => (
              <option key={application.application} value={application.application}>
                {application.applicationName}
              </option>
            ))}
          </Select>
          <Select
            label={t("adminKindFilter")}
            nativeSelectProps={{ id: "efp-admin-kind", value: typed.kind ?? "", onChange: (event) => setTyped({ ...typed, kind: event.target.value }) }}
          >
            <option value="">{t("adminAllKinds")}</option>
            {ADMIN_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind_${kind}`)}
              </option>
            ))}
          </Select>
          <Select
            label={t("adminStatusFilter")}
            nativeSelectProps={{ id: "efp-admin-status", value: typed.status ?? "", onChange: (event) => setTyped({ ...typed, status: event.target.value }) }}
          >
            <option value="">{t("adminAllStatuses")}</option>
            {ADMIN_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(accountStatusKey(status))}
              </option>
            ))}
          </Select>
          <Select
            label={t("adminSort")}
            nativeSelectProps={{ id: "efp-admin-sort", value: typed.sort ?? "name", onChange: (event) => setTyped({ ...typed, sort: event.target.value }) }}
          >
            {ADMIN_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sort_${sort}`)}
              </option>
            ))}
          </Select>
        </div>
        <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--icon-left", "fr-mt-2w")}>
          <li>
            <Button type="submit" iconId="fr-icon-search-line" nativeButtonProps={{ id: "efp-admin-search-submit" }}>
              {t("searchButton")}
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
                {t("searchReset")}
              </Button>
            </li>
          )}
        </ul>
      </form>

      <ExportButton
        id="efp-admin-users-export"
        fallbackName="efp-utilisateurs.csv"
        start={() => {
          const { first: _first, max: _max, ...filters } = query;
          return exports.users(filters);
        }}
      />

      {users.error && <ErrorAlert error={users.error} onRetry={users.reload} id="efp-admin-users-error" />}
      {users.data === undefined ? (
        users.loading && <Loading />
      ) : (
        <>
          <p role="status" className={fr.cx("fr-mt-2w", "fr-text--bold")} id="efp-admin-users-count">
            {plural("adminAccountsFound", users.data.total)}
          </p>
          {users.data.items.length === 0 ? <p id="efp-admin-users-none">{t("adminUsersNone")}</p> : <UsersTable rows={users.data.items} />}
          <Pager
            total={users.data.total}
            first={query.first}
            max={query.max}
            label={t("adminPaginationLabel")}
            onPage={(first) => show({ ...search, first: String(first) })}
          />
        </>
      )}
    </>
  );
}

function UsersTable({ rows }: { rows: UserRow[] }) {
  const { t } = useI18n();
  return (
    <Table
      id="efp-admin-users"
      caption={t("adminUsersCaption")}
      noCaption
      bordered
      headers={[t("colName"), t("colEmail"), t("colKind"), t("colStatus"), t("colHabilitations"), t("colPending")]}
      data={rows.map((row) => [
        <a key="name" {...routeLinkProps({ page: "admin-user", userId: row.id })} data-user={row.id}>
          {personName({ firstName: row.firstName, lastName: row.lastName }) || t("adminNoName")}
        </a>,
        row.email ?? "",
        <KindBadges key="kind" row={row} />,
        <AccountStatusBadges key="status" statuses={accountStatuses(row)} />,
        String(row.habilitations),
        String(row.pendingRequests),
      ])}
    />
  );
}

export function KindBadges({ row }: { row: Pick<UserRow, "kind" | "test"> }) {
  const { t } = useI18n();
  return (
    <>
      {t(`kind_${row.kind}`)}
      {row.test && (
        <>
          {" "}
          <Badge small noIcon severity="warning">
            {t("kind_test")}
          </Badge>
        </>
      )}
    </>
  );
}
