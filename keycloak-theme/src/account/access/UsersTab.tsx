import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { Tag } from "@codegouvfr/react-dsfr/Tag";
import { useApp } from "../AppContext";
import type { GrantBody, HabilitatedUser, HabilitationKind, RoleLabels, UserCounts, UsersPage } from "@efp/contract";
import { ErrorAlert, FlashMessage, Loading, type Flash } from "../components/Feedback";
import { useI18n } from "../i18n/I18nProvider";
import { dateField } from "../dateField";
import { personName, roleLabel } from "../names";
import { asApiError, useAsync } from "../useAsync";
import type { Pair } from "./AccessManagement";
import { HabilitationBadges, HabilitationFields, emptyHabilitation, habilitationBody, useHabilitationForm, type HabilitationValue } from "./HabilitationFields";
import { ButtonGroup } from "../../shared/ButtonGroup";
import { Pager } from "../components/Pager";

const PAGE_SIZE = 20;

/** The body the API expects for what the form holds. */
function bodyOf(value: HabilitationValue, withEmail: boolean): GrantBody {
  return { ...(withEmail && { user: value.email.trim() }), ...habilitationBody(value) };
}

/**
 * "Utilisateurs": the seed's "Personnes habilitées pour mon entreprise" (people per role), the
 * search, the list with its actions (change roles, name or remove an access manager, revoke),
 * and the grant to a colleague or a third party with an end date.
 */
export function UsersTab({ pair, onNames }: { pair: Pair; onNames: (names: { applicationName: string; companyName: string }) => void }) {
  const { t, plural, lang } = useI18n();
  const { api, managed } = useApp();
  const [typed, setTyped] = useState({ search: "", role: "" });
  const [query, setQuery] = useState({ search: "", role: "", first: 0 });
  const [version, setVersion] = useState(0);
  // The counts are asked on the first load and after each change (a new version), not when
  // paging or searching, which do not change them.
  const counted = useRef<{ version: number; counts: UserCounts } | undefined>(undefined);
  const users = useAsync(
    useCallback(async (): Promise<UsersPage> => {
      const fresh = counted.current?.version !== version;
      const { countsByRole, accessManagers, thirdParties, habilitated, ...rest } = await api.users(pair.application, pair.siret, {
        ...query,
        max: PAGE_SIZE,
        counts: fresh ? undefined : "false",
      });
      if (countsByRole !== undefined && accessManagers !== undefined && thirdParties !== undefined && habilitated !== undefined) {
        counted.current = { version, counts: { countsByRole, accessManagers, thirdParties, habilitated } };
      }
      return { ...rest, ...counted.current!.counts };
    }, [api, pair.application, pair.siret, query, version]),
  );
  const [flash, setFlash] = useState<Flash>();
  const [granting, setGranting] = useState<HabilitationKind>();

  useEffect(() => {
    if (users.data) onNames({ applicationName: users.data.applicationName, companyName: users.data.companyName });
  }, [users.data, onNames]);

  const done = (text: string) => {
    setFlash({ severity: "success", text, key: Date.now() });
    setVersion((value) => value + 1);
    managed.reload();
  };
  const failed = (text: string) => setFlash({ severity: "error", text, key: Date.now() });
  const page = users.data;
  const filtered = query.search !== "" || query.role !== "";

  return (
    <div id="efp-users">
      <FlashMessage flash={flash} id="efp-users-flash" />
      {users.error && <ErrorAlert error={users.error} onRetry={() => setVersion((value) => value + 1)} />}
      {page === undefined ? (
        users.loading && <Loading />
      ) : (
        <>
          <h3 className={fr.cx("fr-h5")} id="efp-habilitated-title">
            {pair.accessManager ? t("habilitatedTitle") : t("habilitatedTitleOf", page.companyName)}
          </h3>
          <Counts page={page} />
          {pair.canManage && page.habilitated === 0 && (
            <p className={fr.cx("fr-mt-2w")} id="efp-first-manager-hint">
              {t("firstManagerHint")}
            </p>
          )}
          {pair.canManage && (
            <ButtonGroup inline="md" iconLeft spacing="fr-mt-2w">
              <Button
                id="efp-grant-member"
                iconId="fr-icon-user-add-line"
                priority={granting === "member" ? "primary" : "secondary"}
                onClick={() => setGranting(granting === "member" ? undefined : "member")}
                nativeButtonProps={{ "aria-expanded": granting === "member" }}
              >
                {t("grantMember")}
              </Button>
              <Button
                id="efp-grant-third-party"
                iconId="fr-icon-team-line"
                priority={granting === "third-party" ? "primary" : "secondary"}
                onClick={() => setGranting(granting === "third-party" ? undefined : "third-party")}
                nativeButtonProps={{ "aria-expanded": granting === "third-party" }}
              >
                {t("grantThirdParty")}
              </Button>
            </ButtonGroup>
          )}
          {pair.canManage && granting && (
            <GrantForm
              key={granting}
              kind={granting}
              pair={pair}
              roles={page.roles}
              roleLabels={page.roleLabels}
              onGranted={(email) => {
                setGranting(undefined);
                done(t("granted", email, pair.applicationName));
              }}
              onCancel={() => setGranting(undefined)}
            />
          )}

          <form
            role="search"
            aria-label={t("searchLegend")}
            className={fr.cx("fr-mt-4w")}
            id="efp-users-search"
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              setQuery({ search: typed.search.trim(), role: typed.role, first: 0 });
            }}
          >
            <div className="efp-inline-form">
              <Input
                label={t("searchLabel")}
                hintText={t("searchHint")}
                nativeInputProps={{
                  id: "efp-users-search-text",
                  type: "search",
                  value: typed.search,
                  onChange: (event) => setTyped({ ...typed, search: event.target.value }),
                }}
              />
              <Select
                label={t("roleFilter")}
                nativeSelectProps={{ id: "efp-users-role", value: typed.role, onChange: (event) => setTyped({ ...typed, role: event.target.value }) }}
              >
                <option value="">{t("allRoles")}</option>
                {page.roles.map((role) => (
                  <option key={role} value={role}>
                    {roleLabel(role, page.roleLabels, lang)}
                  </option>
                ))}
              </Select>
              <Button type="submit" iconId="fr-icon-search-line">
                {t("searchButton")}
              </Button>
              {filtered && (
                <Button
                  type="button"
                  priority="tertiary"
                  onClick={() => {
                    setTyped({ search: "", role: "" });
                    setQuery({ search: "", role: "", first: 0 });
                  }}
                >
                  {t("searchReset")}
                </Button>
              )}
            </div>
          </form>

          <p role="status" className={fr.cx("fr-mt-2w", "fr-text--bold")} id="efp-users-count">
            {filtered ? plural("usersFound", page.total) : plural("usersCount", page.total, pair.applicationName)}
          </p>
          {page.items.length === 0 ? (
            filtered && <p>{t("usersNone")}</p>
          ) : (
            <ul className={fr.cx("fr-raw-list")} id="efp-users-list">
              {page.items.map((user) => (
                <UserItem key={user.id} user={user} pair={pair} roles={page.roles} roleLabels={page.roleLabels} onDone={done} onFailed={failed} />
              ))}
            </ul>
          )}
          <Pager total={page.total} first={page.first} max={page.max} label={t("paginationLabel")} onPage={(first) => setQuery({ ...query, first })} />
        </>
      )}
    </div>
  );
}

/** "Rôle / Nombre de personnes", as in the seed, with access managers and third parties. */
function Counts({ page }: { page: UsersPage }) {
  const { t, plural, lang } = useI18n();
  const rows = [
    ...page.roles.map((role) => [roleLabel(role, page.roleLabels, lang), plural("persons", page.countsByRole[role] ?? 0)]),
    [t("accessManager"), plural("persons", page.accessManagers)],
    [t("thirdParty"), plural("persons", page.thirdParties)],
  ];
  return <Table id="efp-role-counts" caption={t("countsCaption")} headers={[t("colRole"), t("colCount")]} data={rows} bordered fixed />;
}

function GrantForm({
  kind,
  pair,
  roles,
  roleLabels,
  onGranted,
  onCancel,
}: {
  kind: HabilitationKind;
  pair: Pair;
  roles: string[];
  roleLabels: RoleLabels;
  onGranted: (email: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { api } = useApp();
  const form = useHabilitationForm("efp-grant", true, () => emptyHabilitation(kind));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  return (
    <form
      id="efp-grant-form"
      className="efp-panel fr-mt-2w"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (!form.validate()) return;
        setBusy(true);
        setError(undefined);
        try {
          await api.grant(pair.application, pair.siret, bodyOf(form.value, true));
          onGranted(form.value.email.trim());
        } catch (caught) {
          setError(asApiError(caught).message);
          setBusy(false);
        }
      }}
    >
      <h3 ref={titleRef} tabIndex={-1} className={fr.cx("fr-h6")}>
        {t(kind === "member" ? "grantMember" : "grantThirdParty")}
      </h3>
      {error && <ErrorAlert error={{ message: error }} id="efp-grant-error" />}
      <HabilitationFields {...form.fieldProps} roles={roles} roleLabels={roleLabels} fields={{ email: true, kind: true, lastDay: true }} />
      <ButtonGroup inline="md">
        <Button type="submit" disabled={busy} id="efp-grant-submit">
          {t("grantSubmit")}
        </Button>
        <Button type="button" priority="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function UserItem({
  user,
  pair,
  roles,
  roleLabels,
  onDone,
  onFailed,
}: {
  user: HabilitatedUser;
  pair: Pair;
  roles: string[];
  roleLabels: RoleLabels;
  onDone: (text: string) => void;
  onFailed: (text: string) => void;
}) {
  const { t, lang } = useI18n();
  const { api } = useApp();
  const [mode, setMode] = useState<"view" | "edit" | "revoke">("view");
  const [busy, setBusy] = useState(false);
  const name = personName(user);
  const idPrefix = `efp-habilitation-${user.id}`;
  const form = useHabilitationForm(idPrefix, false, () => emptyHabilitation());
  const editRef = useRef<HTMLButtonElement>(null);
  const firstFieldRef = useRef<HTMLDivElement>(null);
  const previousMode = useRef(mode);
  useEffect(() => {
    if (mode === "edit") firstFieldRef.current?.querySelector<HTMLElement>("input")?.focus();
    else if (mode === "revoke") document.getElementById(`${idPrefix}-revoke-confirm`)?.focus();
    else if (previousMode.current !== "view") editRef.current?.focus();
    previousMode.current = mode;
  }, [mode, idPrefix]);

  const edit = () => {
    form.reset({ email: user.email ?? "", roles: user.roles, accessManager: user.accessManager, kind: user.kind, lastDay: dateField(user.expiresAt) });
    setMode("edit");
  };

  return (
    <li className="efp-person" data-habilitation={user.id} data-email={user.email ?? ""}>
      <h4 className={fr.cx("fr-h6", "fr-mb-1v")}>{name}</h4>
      <p className={fr.cx("fr-mb-1w", "fr-text--sm")}>{user.email}</p>
      <ul className={fr.cx("fr-tags-group")} aria-label={t("rolesLabel")}>
        {user.roles.map((role) => (
          <li key={role}>
            <Tag small>{roleLabel(role, roleLabels, lang)}</Tag>
          </li>
        ))}
      </ul>
      <HabilitationBadges accessManager={user.accessManager} kind={user.kind} expiresAt={user.expiresAt} />

      {mode === "edit" && (
        <form
          className="efp-panel"
          noValidate
          aria-label={t("editOf", name)}
          onSubmit={async (event) => {
            event.preventDefault();
            if (!form.validate()) return;
            setBusy(true);
            try {
              await api.update(pair.application, pair.siret, user.id, bodyOf(form.value, false));
              setMode("view");
              onDone(t("updated", name));
            } catch (caught) {
              onFailed(asApiError(caught).message);
            } finally {
              setBusy(false);
            }
          }}
        >
          <div ref={firstFieldRef}>
            <HabilitationFields {...form.fieldProps} roles={roles} roleLabels={roleLabels} holder={name} fields={{ kind: true, lastDay: true }} />
          </div>
          <ButtonGroup inline="md" small>
            <Button type="submit" size="small" disabled={busy} nativeButtonProps={{ id: `${idPrefix}-save` }}>
              {t("save")}
            </Button>
            <Button type="button" size="small" priority="secondary" onClick={() => setMode("view")}>
              {t("cancel")}
            </Button>
          </ButtonGroup>
        </form>
      )}

      {mode === "revoke" && (
        <div className="efp-panel" role="group" aria-label={t("revokeOf", name)}>
          <p>{t("revokeQuestion", name, pair.applicationName, pair.companyName)}</p>
          <ButtonGroup inline="md" small>
            <Button
              size="small"
              disabled={busy}
              nativeButtonProps={{ id: `${idPrefix}-revoke-confirm` }}
              onClick={async () => {
                setBusy(true);
                try {
                  await api.revoke(pair.application, pair.siret, user.id);
                  onDone(t("revoked", name));
                } catch (caught) {
                  onFailed(asApiError(caught).message);
                  setBusy(false);
                  setMode("view");
                }
              }}
            >
              {t("revokeConfirm")}
            </Button>
            <Button size="small" priority="secondary" onClick={() => setMode("view")}>
              {t("cancel")}
            </Button>
          </ButtonGroup>
        </div>
      )}

      {mode === "view" && pair.canManage && (
        <ButtonGroup inline="always" small iconLeft>
          <Button
            ref={editRef}
            size="small"
            priority="secondary"
            iconId="fr-icon-edit-line"
            onClick={edit}
            nativeButtonProps={{ "aria-label": t("editOf", name), id: `${idPrefix}-edit` }}
          >
            {t("edit")}
          </Button>
          <Button
            size="small"
            priority="tertiary"
            iconId="fr-icon-delete-line"
            onClick={() => setMode("revoke")}
            nativeButtonProps={{ "aria-label": t("revokeOf", name), id: `${idPrefix}-revoke` }}
          >
            {t("revoke")}
          </Button>
        </ButtonGroup>
      )}
    </li>
  );
}
