import { useCallback, useEffect, useRef, useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Tag } from "@codegouvfr/react-dsfr/Tag";
import { useApp } from "../AppContext";
import type { Invitation, RoleLabels } from "@efp/contract";
import { ErrorAlert, FlashMessage, Loading, type Flash } from "../components/Feedback";
import { useI18n } from "../i18n/I18nProvider";
import { roleLabel } from "../names";
import { asApiError, useAsync } from "../useAsync";
import type { Pair } from "./AccessManagement";
import { HabilitationBadges, HabilitationFields, emptyHabilitation, habilitationBody, useHabilitationForm } from "./HabilitationFields";
import { ButtonGroup } from "../../shared/ButtonGroup";

/**
 * "Invitations": invite an address with the habilitation to give (the person need not have an
 * account yet), and the pending invitations, each resent (a new link) or cancelled.
 */
export function InvitationsTab({ pair }: { pair: Pair }) {
  const { plural } = useI18n();
  const { api, brand } = useApp();
  const invitations = useAsync(useCallback(() => api.invitations(pair.application, pair.siret), [api, pair.application, pair.siret]));
  const [flash, setFlash] = useState<Flash>();

  const done = (text: string) => {
    setFlash({ severity: "success", text, key: Date.now() });
    invitations.reload();
  };
  const failed = (text: string) => setFlash({ severity: "error", text, key: Date.now() });
  const items = invitations.data?.items ?? [];

  return (
    <div id="efp-invitations">
      <FlashMessage flash={flash} id="efp-invitations-flash" />
      {invitations.error && <ErrorAlert error={invitations.error} onRetry={invitations.reload} />}
      {invitations.data === undefined ? (
        invitations.loading && <Loading />
      ) : (
        <>
          {pair.canManage && (
            <InviteForm
              pair={pair}
              roles={invitations.data.roles}
              roleLabels={invitations.data.roleLabels}
              serviceTitle={brand.serviceTitle}
              onInvited={done}
            />
          )}
          <h3 className={fr.cx("fr-h5", "fr-mt-6w")} id="efp-invitations-count">
            {plural("invitationsPending", items.length)}
          </h3>
          {items.length > 0 && (
            <ul className={fr.cx("fr-raw-list")} id="efp-invitation-list">
              {items.map((invitation) => (
                <InvitationItem
                  key={invitation.id}
                  invitation={invitation}
                  pair={pair}
                  roleLabels={invitations.data!.roleLabels}
                  onDone={done}
                  onFailed={failed}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

function InviteForm({
  pair,
  roles,
  roleLabels,
  serviceTitle,
  onInvited,
}: {
  pair: Pair;
  roles: string[];
  roleLabels: RoleLabels;
  serviceTitle: string;
  onInvited: (text: string) => void;
}) {
  const { t, date } = useI18n();
  const { api } = useApp();
  const form = useHabilitationForm("efp-invite", true, () => emptyHabilitation());
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  return (
    <form
      id="efp-invite-form"
      className="efp-panel"
      noValidate
      aria-labelledby="efp-invite-title"
      onSubmit={async (event) => {
        event.preventDefault();
        setError(undefined);
        if (!form.validate()) return;
        setBusy(true);
        try {
          const invited = await api.invite(pair.application, pair.siret, { email: form.value.email.trim(), ...habilitationBody(form.value) });
          form.reset(emptyHabilitation());
          onInvited(t("invited", invited.email, date(invited.expiresAt)));
        } catch (caught) {
          const refusal = asApiError(caught);
          // A refused address is said under its field; the rest above the form.
          if (refusal.code === "invalid_email" || refusal.code === "missing_email") form.refuse({ email: refusal.message });
          else setError(refusal.message);
        } finally {
          setBusy(false);
        }
      }}
    >
      <h3 className={fr.cx("fr-h6")} id="efp-invite-title">
        {t("inviteTitle")}
      </h3>
      <p className={fr.cx("fr-text--sm")}>{t("inviteIntro", serviceTitle)}</p>
      <div ref={errorRef} tabIndex={-1} className="efp-flash">
        {error && <ErrorAlert error={{ message: error }} id="efp-invite-error" />}
      </div>
      <HabilitationFields
        {...form.fieldProps}
        roles={roles}
        roleLabels={roleLabels}
        fields={{ email: true, kind: true, lastDay: true }}
        emailHint={t("inviteEmailHint", serviceTitle)}
      />
      <Button type="submit" iconId="fr-icon-mail-line" disabled={busy} id="efp-invite-submit">
        {t("inviteSubmit")}
      </Button>
    </form>
  );
}

function InvitationItem({
  invitation,
  pair,
  roleLabels,
  onDone,
  onFailed,
}: {
  invitation: Invitation;
  pair: Pair;
  roleLabels: RoleLabels;
  onDone: (text: string) => void;
  onFailed: (text: string) => void;
}) {
  const { t, date, lang } = useI18n();
  const { api } = useApp();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const idPrefix = `efp-invitation-${invitation.id}`;
  const cancelRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) document.getElementById(`${idPrefix}-cancel-confirm`)?.focus();
    else if (wasConfirming.current) cancelRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming, idPrefix]);

  const act = async (call: () => Promise<string>) => {
    setBusy(true);
    try {
      onDone(await call());
    } catch (caught) {
      onFailed(asApiError(caught).message);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="efp-person" data-invitation={invitation.id} data-email={invitation.email}>
      <article aria-labelledby={`${idPrefix}-email`}>
        <h4 className={fr.cx("fr-h6", "fr-mb-1v")} id={`${idPrefix}-email`}>
          {invitation.email}
        </h4>
        {invitation.roles.length > 0 && (
          <ul className={fr.cx("fr-tags-group")} aria-label={t("rolesLabel")}>
            {invitation.roles.map((role) => (
              <li key={role}>
                <Tag small>{roleLabel(role, roleLabels, lang)}</Tag>
              </li>
            ))}
          </ul>
        )}
        <HabilitationBadges accessManager={invitation.accessManager} kind={invitation.kind} expiresAt={invitation.habilitationExpiresAt}>
          {invitation.expired && (
            <Badge severity="error" small noIcon>
              {t("expired")}
            </Badge>
          )}
        </HabilitationBadges>
        <p className={fr.cx("fr-text--sm", "fr-mb-1w")} data-invitation-dates>
          {invitation.invitedBy && <>{t("invitedBy", invitation.invitedBy.name)} · </>}
          {t("sentOn", date(invitation.sentAt))} ·{" "}
          {invitation.expired ? t("expiredOn", date(invitation.expiresAt)) : t("validUntil", date(invitation.expiresAt))}
        </p>

        {!pair.canManage ? null : confirming ? (
          <div className="efp-panel" role="group" aria-label={t("cancelInvitationOf", invitation.email)}>
            <p>{t("cancelInvitationQuestion", invitation.email)}</p>
            <ButtonGroup inline="md" small>
              <Button
                size="small"
                disabled={busy}
                nativeButtonProps={{ id: `${idPrefix}-cancel-confirm` }}
                onClick={() =>
                  act(async () => {
                    await api.cancelInvitation(pair.application, pair.siret, invitation.id);
                    return t("invitationCancelled", invitation.email);
                  })
                }
              >
                {t("cancelConfirm")}
              </Button>
              <Button size="small" priority="secondary" onClick={() => setConfirming(false)}>
                {t("cancelKeep")}
              </Button>
            </ButtonGroup>
          </div>
        ) : (
          <ButtonGroup inline="always" small iconLeft>
            <Button
              size="small"
              priority="secondary"
              iconId="fr-icon-refresh-line"
              disabled={busy}
              nativeButtonProps={{ id: `${idPrefix}-resend`, "aria-label": t("resendOf", invitation.email) }}
              onClick={() =>
                act(async () => {
                  const resent = await api.resendInvitation(pair.application, pair.siret, invitation.id);
                  return t("resent", resent.email, date(resent.expiresAt));
                })
              }
            >
              {t("resend")}
            </Button>
            <Button
              ref={cancelRef}
              size="small"
              priority="tertiary"
              iconId="fr-icon-delete-line"
              onClick={() => setConfirming(true)}
              nativeButtonProps={{ id: `${idPrefix}-cancel`, "aria-label": t("cancelInvitationOf", invitation.email) }}
            >
              {t("cancelInvitation")}
            </Button>
          </ButtonGroup>
        )}
      </article>
    </li>
  );
}
