import { useCallback, useEffect, useRef, useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { Tag } from "@codegouvfr/react-dsfr/Tag";
import type { AccountAction, Habilitation, UserPage } from "@efp/contract";
import { useApp } from "../AppContext";
import { ErrorAlert, FlashMessage, Loading, type Flash } from "../components/Feedback";
import { PageTitle } from "../components/PageTitle";
import { HabilitationBadges } from "../access/HabilitationFields";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";
import { personName, roleLabel } from "../names";
import { routeLinkProps } from "../router";
import { asApiError, useAsync } from "../useAsync";
import { ButtonGroup } from "../../shared/ButtonGroup";
import { ConfirmPanel } from "../components/ConfirmPanel";
import { RevokeButton } from "../components/RevokeButton";
import { accountStatuses } from "./adminSearch";
import { deletionConfirmed, offeredActions, offersDeletion } from "./accountActions";
import { AccountStatusBadges } from "./AccountStatusBadges";
import { KindBadges } from "./AdminUsers";
import { lastAdminSearch } from "./lastSearch";
import { UserHistory } from "./UserHistory";
import { HabilitationGrant } from "./HabilitationGrant";
import { useManageableApplications } from "./HabilitationBlock";
import { editedHabilitation, emptyNewHabilitation } from "./newAccount";

type ButtonAction = Exclude<AccountAction, "delete">;

const actionTexts: Record<ButtonAction, { button: MessageKey; done: MessageKey }> = {
  disable: { button: "adminDisable", done: "adminDisabled" },
  enable: { button: "adminEnable", done: "adminEnabled" },
  unlock: { button: "adminUnlock", done: "adminUnlocked" },
  "reset-password": { button: "adminResetPassword", done: "adminResetPasswordSent" },
  "resend-validation": { button: "adminResendValidation", done: "adminResendValidationSent" },
};

/**
 * EFP ADMIN's page of one account: who they are, their state, the actions the viewer may do on
 * it (the API says which), their habilitations on the viewer's applications (revoked here by the
 * application's admins and the administrators), their pending requests.
 */
export default function AdminUser({ userId }: { userId: string }) {
  const { t } = useI18n();
  const { admin } = useApp();
  const page = useAsync(useCallback(() => admin.user(userId), [admin, userId]));
  const [flash, setFlash] = useState<Flash>();
  const [deleted, setDeleted] = useState<string>();
  // Bumped by each action: the history shows it.
  const [version, setVersion] = useState(0);
  const done = (text: string) => {
    setFlash({ severity: "success", text, key: Date.now() });
    page.reload();
    setVersion((value) => value + 1);
  };
  const failed = (caught: unknown) => setFlash({ severity: "error", text: asApiError(caught).message, key: Date.now() });
  const data = page.data?.user.id === userId ? page.data : undefined;
  const name = data ? personName(data.user) || data.user.username : "";
  // After an action (the last habilitation on the viewer's applications revoked), the account may
  // have left the viewer's perimeter: the API no longer shows it to them.
  const gone = data !== undefined && page.error?.status === 404;

  return (
    <>
      <p className={fr.cx("fr-mb-2w")}>
        <a
          className={fr.cx("fr-link", "fr-icon-arrow-left-line", "fr-link--icon-left")}
          id="efp-admin-back"
          {...routeLinkProps({ page: "admin-users", search: lastAdminSearch() })}
        >
          {t("adminBackToList")}
        </a>
      </p>
      {deleted !== undefined ? (
        <>
          <PageTitle documentTitle={t("adminUsersTitle")}>{t("adminUsersTitle")}</PageTitle>
          <FlashMessage flash={{ severity: "success", text: t("adminDeleted", deleted), key: 0 }} id="efp-admin-user-flash" />
        </>
      ) : data === undefined ? (
        <>
          <PageTitle documentTitle={t("adminUsersTitle")}>{t("adminUsersTitle")}</PageTitle>
          {page.error ? <ErrorAlert error={page.error} onRetry={page.reload} id="efp-admin-user-error" /> : <Loading />}
        </>
      ) : (
        <>
          <PageTitle documentTitle={t("adminUserTitle", name)}>{t("adminUserTitle", name)}</PageTitle>
          <FlashMessage flash={flash} id="efp-admin-user-flash" />
          {gone ? (
            <p id="efp-admin-user-gone">{t("adminUserGone")}</p>
          ) : (
            <UserDetails data={data} name={name} version={version} onDone={done} onFailed={failed} onDeleted={() => setDeleted(name)} />
          )}
        </>
      )}
    </>
  );
}

function UserDetails({
  data,
  name,
  version,
  onDone,
  onFailed,
  onDeleted,
}: {
  data: UserPage;
  name: string;
  version: number;
  onDone: (text: string) => void;
  onFailed: (caught: unknown) => void;
  onDeleted: () => void;
}) {
  const { t, date } = useI18n();
  return (
    <>
      <Identity data={data} />
      <Actions data={data} name={name} onDone={onDone} onFailed={onFailed} />
      <Habilitations userId={data.user.id} items={data.habilitations} holder={name} onDone={onDone} onFailed={onFailed} />
      <h2 className={fr.cx("fr-h4", "fr-mt-6w")} id="efp-admin-requests-title">
        {t("adminRequestsTitle")}
      </h2>
      {data.pendingRequests.length === 0 ? (
        <p>{t("adminRequestsNone")}</p>
      ) : (
        <ul id="efp-admin-requests">
          {data.pendingRequests.map((request) => (
            <li key={request.id}>
              {request.applicationName ?? request.application} — {request.companyName} ({t("siret", request.siret ?? "")}) —{" "}
              {t("adminRequestedOn", date(request.createdAt))}
              {request.description && <p className={fr.cx("fr-text--sm", "fr-mb-1w")}>{request.description}</p>}
            </li>
          ))}
        </ul>
      )}
      <UserHistory userId={data.user.id} version={version} />
      {offersDeletion(data) && <Deletion data={data} name={name} onDeleted={onDeleted} onFailed={onFailed} />}
    </>
  );
}

function Identity({ data }: { data: UserPage }) {
  const { t, date, dateTime } = useI18n();
  const { user } = data;
  return (
    <>
      <h2 className={fr.cx("fr-h4")}>{t("adminUserIdentity")}</h2>
      <dl className="efp-profile" id="efp-admin-identity">
        <div>
          <dt>{t("colEmail")}</dt>
          <dd>{user.email ?? ""}</dd>
        </div>
        <div>
          <dt>{t("adminUsername")}</dt>
          <dd>{user.username}</dd>
        </div>
        <div>
          <dt>{t("colKind")}</dt>
          <dd>
            <KindBadges row={user} />
          </dd>
        </div>
        <div>
          <dt>{t("colStatus")}</dt>
          <dd>
            <AccountStatusBadges statuses={accountStatuses(user, data.locked)} />
          </dd>
        </div>
        {user.createdAt && (
          <div>
            <dt>{t("adminCreatedAt")}</dt>
            <dd>{date(user.createdAt)}</dd>
          </div>
        )}
        <div>
          <dt>{t("adminLastLogin")}</dt>
          <dd id="efp-admin-last-login">{user.lastLoginAt ? dateTime(user.lastLoginAt) : t("adminNeverLoggedIn")}</dd>
        </div>
      </dl>
    </>
  );
}

function Actions({ data, name, onDone, onFailed }: { data: UserPage; name: string; onDone: (text: string) => void; onFailed: (caught: unknown) => void }) {
  const { t } = useI18n();
  const { admin } = useApp();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const actions = offeredActions(data);
  const run = async (action: ButtonAction) => {
    setBusy(true);
    try {
      await admin.actOnUser(data.user.id, action);
      setConfirming(false);
      onDone(t(actionTexts[action].done, name, data.user.email ?? ""));
    } catch (caught) {
      onFailed(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="efp-admin-actions-title">
      <h2 className={fr.cx("fr-h4", "fr-mt-4w")} id="efp-admin-actions-title">
        {t("adminActions")}
      </h2>
      {actions.length === 0 ? (
        <p id="efp-admin-no-action">{t("adminNoAction")}</p>
      ) : confirming ? (
        <ConfirmPanel
          label={t("adminDisable")}
          question={t("adminDisableQuestion", name)}
          confirm={t("adminDisable")}
          confirmId="efp-admin-disable-confirm"
          busy={busy}
          onConfirm={() => void run("disable")}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <ButtonGroup inline="md" small>
          {actions.map((action) => (
            <Button
              key={action}
              size="small"
              priority={action === "disable" ? "secondary" : "primary"}
              disabled={busy}
              nativeButtonProps={{ id: `efp-admin-${action}` }}
              onClick={() => (action === "disable" ? setConfirming(true) : void run(action))}
            >
              {t(actionTexts[action].button)}
            </Button>
          ))}
        </ButtonGroup>
      )}
    </section>
  );
}

/**
 * The deletion, apart from the other actions: the administrator types the account's username to
 * confirm (the API checks it too). The account, its habilitations and requests go; the audit
 * keeps who it was.
 */
function Deletion({ data, name, onDeleted, onFailed }: { data: UserPage; name: string; onDeleted: () => void; onFailed: (caught: unknown) => void }) {
  const { t } = useI18n();
  const { admin } = useApp();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) inputRef.current?.focus();
    else if (wasOpen.current) openerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const confirmed = deletionConfirmed(data, typed);
  return (
    <section aria-labelledby="efp-admin-delete-title">
      <h2 className={fr.cx("fr-h4", "fr-mt-6w")} id="efp-admin-delete-title">
        {t("adminDeleteTitle")}
      </h2>
      {!open ? (
        <Button
          ref={openerRef}
          size="small"
          priority="secondary"
          iconId="fr-icon-delete-line"
          nativeButtonProps={{ id: "efp-admin-delete" }}
          onClick={() => setOpen(true)}
        >
          {t("adminDelete")}
        </Button>
      ) : (
        <form
          className="efp-panel"
          aria-label={t("adminDelete")}
          onSubmit={async (event) => {
            event.preventDefault();
            if (!confirmed) return;
            setBusy(true);
            try {
              await admin.deleteUser(data.user.id, typed.trim());
              onDeleted();
            } catch (caught) {
              onFailed(caught);
              setBusy(false);
            }
          }}
        >
          <p>{t("adminDeleteWarning", name)}</p>
          <Input
            label={t("adminDeleteConfirmLabel", data.user.username)}
            nativeInputProps={{
              id: "efp-admin-delete-typed",
              ref: inputRef,
              value: typed,
              autoComplete: "off",
              spellCheck: false,
              onChange: (event) => setTyped(event.target.value),
            }}
          />
          <ButtonGroup inline="md" small>
            <Button size="small" type="submit" disabled={!confirmed || busy} nativeButtonProps={{ id: "efp-admin-delete-confirm" }}>
              {t("adminDeleteConfirm")}
            </Button>
            <Button
              size="small"
              priority="secondary"
              type="button"
              onClick={() => {
                setTyped("");
                setOpen(false);
              }}
            >
              {t("cancel")}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}

function Habilitations({
  userId,
  items,
  holder,
  onDone,
  onFailed,
}: {
  userId: string;
  items: Habilitation[];
  holder: string;
  onDone: (text: string) => void;
  onFailed: (caught: unknown) => void;
}) {
  const { t, lang } = useI18n();
  const { administered } = useApp();
  const { applications, manageable } = useManageableApplications();
  // The habilitation being changed (its id), or "new" for a grant.
  const [editing, setEditing] = useState<string>();
  const applicationOf = (clientId: string | null) => (administered.data ?? []).find((application) => application.application === clientId);
  const detailsOf = (clientId: string | null) => (applications.data ?? []).find((application) => application.clientId === clientId);
  const opener = useRef<string>(undefined);
  // Back from the form (cancelled): the focus returns to the button that opened it.
  useEffect(() => {
    if (editing === undefined && opener.current) document.getElementById(opener.current)?.focus();
  }, [editing]);
  const open = (id: string, buttonId: string) => {
    opener.current = buttonId;
    setEditing(id);
  };
  const finished = (text: string) => {
    opener.current = undefined;
    setEditing(undefined);
    onDone(text);
  };
  const changing = items.find((habilitation) => habilitation.id === editing);
  const nameOf = (habilitation: Habilitation) => applicationOf(habilitation.application)?.applicationName ?? habilitation.application ?? "";
  return (
    <>
      <h2 className={fr.cx("fr-h4", "fr-mt-6w")}>{t("adminHabilitationsTitle")}</h2>
      {items.length === 0 ? (
        <p id="efp-admin-habilitations-none">{t("adminHabilitationsNone")}</p>
      ) : (
        <Table
          id="efp-admin-habilitations"
          caption={t("adminHabilitationsCaption")}
          noCaption
          bordered
          headers={[t("colApplication"), t("colCompany"), t("colRoles"), t("colDetails"), t("colActions")]}
          data={items.map((habilitation) => {
            const application = applicationOf(habilitation.application);
            const applicationName = nameOf(habilitation);
            const companyName = habilitation.company?.name ?? "";
            const editId = `efp-admin-edit-${habilitation.id}`;
            return [
              applicationName,
              <>
                {companyName}
                <br />
                <span className={fr.cx("fr-text--xs")}>
                  {habilitation.company?.siret ? t("siret", habilitation.company.siret) : t("structureCode", habilitation.company?.code ?? "")}
                </span>
              </>,
              <ul key="roles" className={fr.cx("fr-tags-group")}>
                {habilitation.roles.map((role) => (
                  <li key={role}>
                    <Tag small>{roleLabel(role, detailsOf(habilitation.application)?.roleLabels ?? {}, lang)}</Tag>
                  </li>
                ))}
              </ul>,
              <HabilitationBadges key="badges" accessManager={habilitation.accessManager} kind={habilitation.kind} expiresAt={habilitation.expiresAt} />,
              application?.canManage ? (
                <ButtonGroup key="actions" inline="md" small>
                  <Button
                    size="small"
                    priority="tertiary"
                    iconId="fr-icon-edit-line"
                    disabled={detailsOf(habilitation.application) === undefined}
                    nativeButtonProps={{ id: editId, "aria-label": t("adminHabilitationChangeOf", applicationName, companyName) }}
                    onClick={() => open(habilitation.id, editId)}
                  >
                    {t("adminHabilitationChange")}
                  </Button>
                  <RevokeHabilitation habilitation={habilitation} holder={holder} applicationName={applicationName} onDone={onDone} onFailed={onFailed} />
                </ButtonGroup>
              ) : (
                ""
              ),
            ];
          })}
        />
      )}
      {changing ? (
        <HabilitationGrant
          key={changing.id}
          userId={userId}
          holder={holder}
          applications={manageable}
          initial={editedHabilitation(changing, 0)}
          fixed={{ applicationName: nameOf(changing), companyName: changing.company?.name ?? "" }}
          onDone={finished}
          onCancel={() => setEditing(undefined)}
        />
      ) : editing === "new" ? (
        <HabilitationGrant
          userId={userId}
          holder={holder}
          applications={manageable}
          initial={emptyNewHabilitation(0, manageable.length === 1 ? manageable[0].clientId : "")}
          onDone={finished}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        manageable.length > 0 && (
          <Button
            priority="secondary"
            size="small"
            iconId="fr-icon-add-line"
            nativeButtonProps={{ id: "efp-admin-grant" }}
            onClick={() => open("new", "efp-admin-grant")}
          >
            {t("adminHabilitationGrant")}
          </Button>
        )
      )}
    </>
  );
}

function RevokeHabilitation({
  habilitation,
  holder,
  applicationName,
  onDone,
  onFailed,
}: {
  habilitation: Habilitation;
  holder: string;
  applicationName: string;
  onDone: (text: string) => void;
  onFailed: (caught: unknown) => void;
}) {
  const { t } = useI18n();
  const { admin } = useApp();
  const companyName = habilitation.company?.name ?? "";
  return (
    <RevokeButton
      id={`efp-admin-revoke-${habilitation.id}`}
      label={t("adminRevokeOf", applicationName, companyName)}
      question={t("adminRevokeQuestion", holder, applicationName, companyName)}
      revoke={async () => {
        await admin.revoke(habilitation.id);
        return t("adminRevoked", applicationName, companyName);
      }}
      onDone={onDone}
      onFailed={onFailed}
    />
  );
}
