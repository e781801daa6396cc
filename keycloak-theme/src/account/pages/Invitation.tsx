import { useEffect, useRef, useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useApp } from "../AppContext";
import { previewInvitation, type AcceptedInvitation, type AccessApi, type ApiError, type InvitationPreview } from "@efp/contract";
import { Loading } from "../components/Feedback";
import { PageTitle } from "../components/PageTitle";
import { useI18n } from "../i18n/I18nProvider";
import { roleLabel } from "../names";
import { navigate, routeLinkProps, type Route } from "../router";
import type { Visitor } from "../session";
import { asApiError } from "../useAsync";
import { ButtonGroup } from "../../shared/ButtonGroup";

/**
 * The invitation link, before signing in: what it is, and the two ways in. Creating the account
 * comes first, as most invitees have none; the address of the invitation fills the form.
 */
export function InvitationWelcome({ route, visitor, serviceTitle, accessRoot }: { route: Route; visitor: Visitor; serviceTitle: string; accessRoot: string }) {
  const { t, lang } = useI18n();
  const email = route.invitation?.email;
  const token = route.invitation?.token;
  // The service and the company, asked without signing in (the token in the body): a link that
  // no longer works names nothing, and the page says so before anyone signs in.
  const [preview, setPreview] = useState<{ token: string; found?: InvitationPreview; failed?: boolean }>();
  useEffect(() => {
    if (token === undefined) return;
    let live = true;
    previewInvitation(accessRoot, token).then(
      (found) => live && setPreview({ token, found }),
      () => live && setPreview({ token, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [accessRoot, token]);
  const known = preview?.token === token ? preview : undefined;
  return (
    <>
      <PageTitle documentTitle={t("invitationWelcomeTitle")} serviceTitle={serviceTitle}>
        {t("invitationWelcomeTitle")}
      </PageTitle>
      {route.invitation === undefined ? (
        <Alert id="efp-invitation-no-link" severity="error" small description={t("invitationNoLink")} />
      ) : (
        <>
          <p className={fr.cx("fr-text--lead")} id="efp-invitation-intro" aria-live="polite">
            {known?.found
              ? t("invitationWelcomeNamed", known.found.applicationName, known.found.companyName, serviceTitle)
              : t("invitationWelcomeIntro", serviceTitle)}
          </p>
          {known && !known.found && !known.failed && (
            <Alert id="efp-invitation-unusable" severity="warning" small description={t("invitationWelcomeUnusable")} className={fr.cx("fr-mb-3w")} />
          )}
          <p id="efp-invitation-address">{email ? t("invitationWelcomeAddress", email) : t("invitationWelcomeNoAddress")}</p>
          <ButtonGroup inline="md">
            <Button id="efp-invitation-register" onClick={() => visitor.register(email, lang)}>
              {t("invitationRegister")}
            </Button>
            <Button id="efp-invitation-login" priority="secondary" onClick={() => visitor.login(email, lang)}>
              {t("invitationLogin")}
            </Button>
          </ButtonGroup>
        </>
      )}
    </>
  );
}

// One acceptance per token and page load, however often React mounts the page.
const acceptances = new Map<string, Promise<AcceptedInvitation>>();
function acceptOnce(api: AccessApi, token: string): Promise<AcceptedInvitation> {
  let accepting = acceptances.get(token);
  if (accepting === undefined) {
    accepting = api.acceptInvitation(token);
    acceptances.set(token, accepting);
  }
  return accepting;
}

// A refusal that the same link cannot overcome: the token leaves the address bar. A wrong
// account (403) keeps it, to sign in again with the right one; so does a server that did not answer.
const final = (error: ApiError) => [400, 404, 409, 410].includes(error.status);

/** The invitation link, signed in: accepts it at once, then says what it gave, or why not. */
export function InvitationAcceptance({ route }: { route: Route }) {
  const { t } = useI18n();
  const { api, managed, session } = useApp();
  const reloadManaged = managed.reload;
  const token = route.invitation?.token;
  const [outcome, setOutcome] = useState<{ accepted?: AcceptedInvitation; error?: ApiError }>();
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (token === undefined) return;
    let live = true;
    acceptOnce(api, token).then(
      (accepted) => {
        if (!live) return;
        setOutcome({ accepted });
        reloadManaged();
        navigate({ page: "invitation" }, { replace: true });
      },
      (caught: unknown) => {
        if (!live) return;
        const error = asApiError(caught);
        setOutcome({ error });
        if (final(error)) navigate({ page: "invitation" }, { replace: true });
      },
    );
    return () => {
      live = false;
    };
    // reloadManaged is stable: the acceptance runs again only for another token (or API).
  }, [api, token, reloadManaged]);

  // The outcome is what the person came for: it takes the focus, and is announced.
  useEffect(() => {
    if (outcome) resultRef.current?.focus();
  }, [outcome]);

  return (
    <>
      <PageTitle documentTitle={t("invitationTitle")}>{t("invitationTitle")}</PageTitle>
      <div ref={resultRef} tabIndex={-1} id="efp-invitation-result" className="efp-flash" role={outcome?.error ? "alert" : "status"}>
        {outcome?.accepted ? (
          <Accepted accepted={outcome.accepted} />
        ) : outcome?.error ? (
          <>
            <Alert severity="error" title={t("invitationFailedTitle")} description={outcome.error.message} />
            {outcome.error.code === "wrong_account" && (
              <Button className={fr.cx("fr-mt-2w")} id="efp-invitation-switch" priority="secondary" onClick={session.switchAccount}>
                {t("invitationSwitchAccount")}
              </Button>
            )}
          </>
        ) : null}
      </div>
      {outcome === undefined &&
        (token === undefined ? <Alert id="efp-invitation-no-link" severity="error" small description={t("invitationNoLink")} /> : <Loading />)}
      {outcome?.error && (
        <p className={fr.cx("fr-mt-4w")}>
          <a className={fr.cx("fr-link")} {...routeLinkProps({ page: "applications" })}>
            {t("invitationMyApplications")}
          </a>
        </p>
      )}
    </>
  );
}

function Accepted({ accepted }: { accepted: AcceptedInvitation }) {
  const { t, date, lang } = useI18n();
  return (
    <>
      <Alert
        severity="success"
        title={t("invitationAcceptedTitle")}
        description={
          <>
            <span id="efp-invitation-accepted">{t("invitationAccepted", accepted.applicationName, accepted.companyName, accepted.siret)}</span>
            {accepted.roles.length > 0 && (
              <> {t("invitationAcceptedRoles", accepted.roles.map((role) => roleLabel(role, accepted.roleLabels, lang)).join(", "))}</>
            )}
            {accepted.kind === "third-party" && <> {t("invitationAcceptedThirdParty")}</>}
            {accepted.expiresAt && <> {t("until", date(accepted.expiresAt))}.</>}
            {accepted.accessManager && <> {t("invitationAcceptedManager")}</>}
          </>
        }
      />
      <ButtonGroup inline="md" spacing="fr-mt-4w">
        {accepted.url && (
          <a className={fr.cx("fr-btn")} id="efp-invitation-open" href={accepted.url}>
            {t("openApplication", accepted.applicationName)}
          </a>
        )}
        <a className={fr.cx("fr-btn", "fr-btn--secondary")} id="efp-invitation-applications" {...routeLinkProps({ page: "applications" })}>
          {t("invitationMyApplications")}
        </a>
      </ButtonGroup>
    </>
  );
}
