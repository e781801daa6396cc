import { useCallback, useEffect, useRef, useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Tabs } from "@codegouvfr/react-dsfr/Tabs";
import { useApp } from "../AppContext";
import type { AdministeredApplication, ManagedPair } from "@efp/contract";
import { ErrorAlert, Loading } from "../components/Feedback";
import { PageTitle } from "../components/PageTitle";
import { useI18n } from "../i18n/I18nProvider";
import { navigate, type Route } from "../router";
import { CompanyFinder, takePairFocusRequest } from "./CompanyFinder";
import { InvitationsTab } from "./InvitationsTab";
import { RequestsTab } from "./RequestsTab";
import { UsersTab } from "./UsersTab";
import { isStructureCode } from "./companyKind";

/**
 * A pair on screen. `canManage`: the caller may act there (false: a support agent, who reads);
 * `accessManager`: it is one of the pairs the caller manages as access manager ("mon entreprise").
 */
export type Pair = { application: string; siret: string; applicationName: string; companyName: string; canManage: boolean; accessManager: boolean };

const keyOf = (pair: { application: string; siret: string }) => `${pair.application}|${pair.siret}`;

/**
 * "Gestion des accès" for one application and one company, picked among the pairs I manage
 * (me/managed) or given by the link of an access-request email (?application=…&siret=…), which
 * also serves application admins, support agents and administrators, who find every company of
 * their application with the finder above (CompanyFinder): the API decides. Each role reads its
 * own introduction: someone who manages nothing is not told they decide anything.
 */
export default function AccessManagement({ route }: { route: Route }) {
  const { t, plural, lang } = useI18n();
  const { managed, administered } = useApp();
  const pairs = managed.data ?? [];
  const applications = administered.data ?? [];
  const fromRoute = route.application && route.siret ? { application: route.application, siret: route.siret } : undefined;

  // No pair in the address: the first one I manage, without a new history entry.
  const addressed = fromRoute !== undefined;
  const first = managed.data?.[0];
  useEffect(() => {
    if (!addressed && first) navigate({ page: route.page, application: first.application, siret: first.siret }, { replace: true });
  }, [addressed, first, route.page]);

  const known = fromRoute && pairs.find((pair) => keyOf(pair) === keyOf(fromRoute));
  const administeredHere = fromRoute && applications.find((application) => application.application === fromRoute.application);
  const current: Pair | undefined = fromRoute && {
    ...fromRoute,
    applicationName: known?.applicationName ?? administeredHere?.applicationName ?? fromRoute.application,
    companyName: known?.companyName ?? fromRoute.siret,
    // The API decides; the page only leaves out what a support agent cannot do.
    canManage: known !== undefined || administeredHere === undefined || administeredHere.canManage,
    accessManager: known !== undefined,
  };
  const loading = (managed.data === undefined && managed.loading) || (administered.data === undefined && administered.loading);
  const names = (list: AdministeredApplication[]) =>
    new Intl.ListFormat(lang, { type: "conjunction" }).format(list.map((application) => application.applicationName));
  const administering = applications.filter((application) => application.canManage);
  const supporting = applications.filter((application) => !application.canManage);

  return (
    <>
      <PageTitle documentTitle={t("accessTitle")}>{t("accessTitle")}</PageTitle>
      {!loading && (
        <div id="efp-access-intro">
          {pairs.length > 0 && <p className={fr.cx("fr-text--lead")}>{t("accessIntro")}</p>}
          {administering.length > 0 && <p className={fr.cx("fr-text--lead")}>{plural("accessIntroAdmin", administering.length, names(administering))}</p>}
          {supporting.length > 0 && <p className={fr.cx("fr-text--lead")}>{plural("accessIntroSupport", supporting.length, names(supporting))}</p>}
          {managed.data && administered.data && pairs.length === 0 && applications.length === 0 && !current && (
            <>
              <p className={fr.cx("fr-text--lead")} id="efp-no-managed">
                {t("accessNone")}
              </p>
              <p id="efp-no-managed-hint">{t("accessNoneHint")}</p>
            </>
          )}
        </div>
      )}
      {managed.error && <ErrorAlert error={managed.error} onRetry={managed.reload} />}
      {administered.error && <ErrorAlert error={administered.error} onRetry={administered.reload} />}
      {applications.length > 0 && <CompanyFinder applications={applications} route={route} />}
      {loading ? (
        <Loading />
      ) : (
        current !== undefined && (
          <>
            {(pairs.length > 1 || (pairs.length === 1 && known === undefined)) && <PairPicker pairs={pairs} current={current} route={route} />}
            <PairScreens key={keyOf(current)} pair={current} pending={known?.pendingRequests} route={route} />
          </>
        )
      )}
    </>
  );
}

function PairPicker({ pairs, current, route }: { pairs: ManagedPair[]; current: Pair; route: Route }) {
  const { t } = useI18n();
  // Only the pairs I manage, by name: a company opened otherwise (the finder, a link) is not one of them.
  const [selected, setSelected] = useState(pairs.some((pair) => keyOf(pair) === keyOf(current)) ? keyOf(current) : keyOf(pairs[0]));
  const options = pairs;
  // A change of context only on the button (RGAA 7.5): the select alone does nothing.
  return (
    <form
      className={fr.cx("fr-mb-4w")}
      id="efp-pair-picker"
      onSubmit={(event) => {
        event.preventDefault();
        const [application, siret] = selected.split("|");
        navigate({ page: route.page, application, siret });
      }}
    >
      <div className="efp-inline-form">
        <Select label={t("accessPickManaged")} nativeSelectProps={{ id: "efp-pair", value: selected, onChange: (event) => setSelected(event.target.value) }}>
          {options.map((pair) => (
            <option key={keyOf(pair)} value={keyOf(pair)}>
              {pair.pendingRequests > 0
                ? t(
                    isStructureCode(pair.siret) ? "accessPairStructurePending" : "accessPairPending",
                    pair.applicationName,
                    pair.companyName,
                    pair.siret,
                    pair.pendingRequests,
                  )
                : t(isStructureCode(pair.siret) ? "accessPairStructure" : "accessPair", pair.applicationName, pair.companyName, pair.siret)}
            </option>
          ))}
        </Select>
        <Button type="submit" priority="secondary">
          {t("accessShow")}
        </Button>
      </div>
    </form>
  );
}

function PairScreens({ pair, pending, route }: { pair: Pair; pending?: number; route: Route }) {
  const { t } = useI18n();
  // Names as the API gives them with the users page (for a pair reached by a link, which the
  // list of managed pairs may not hold); until then, those of that list.
  const [fetched, setFetched] = useState<{ applicationName: string; companyName: string }>();
  const [pendingCount, setPendingCount] = useState(pending);
  useEffect(() => setPendingCount(pending), [pending]);
  const named = { ...pair, ...fetched };
  const keepNames = useCallback(
    (found: { applicationName: string; companyName: string }) =>
      setFetched((previous) => (previous?.applicationName === found.applicationName && previous?.companyName === found.companyName ? previous : found)),
    [],
  );
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takePairFocusRequest()) titleRef.current?.focus();
  }, []);

  return (
    <>
      <h2 className={fr.cx("fr-h4")} id="efp-pair-title" ref={titleRef} tabIndex={-1}>
        {t(isStructureCode(named.siret) ? "accessPairStructure" : "accessPair", named.applicationName, named.companyName, named.siret)}
      </h2>
      {!pair.canManage && (
        <Alert id="efp-read-only" severity="info" small className={fr.cx("fr-mb-3w")} description={t("readOnlyNotice", named.applicationName)} />
      )}
      <Tabs
        id="efp-access-tabs"
        className="efp-access-tabs"
        label={t("tabsLabel", named.applicationName, named.companyName)}
        selectedTabId={route.page}
        onTabChange={(tabId) => navigate({ page: tabId as Route["page"], application: pair.application, siret: pair.siret })}
        tabs={[
          { tabId: "access-users", label: t("tabUsers") },
          { tabId: "access-requests", label: pendingCount ? t("tabRequestsCount", pendingCount) : t("tabRequests") },
          { tabId: "access-invitations", label: t("tabInvitations") },
        ]}
      >
        {route.page === "access-requests" ? (
          <RequestsTab pair={named} onCount={setPendingCount} onNames={keepNames} />
        ) : route.page === "access-invitations" ? (
          <InvitationsTab pair={named} />
        ) : (
          <UsersTab pair={named} onNames={keepNames} />
        )}
      </Tabs>
    </>
  );
}
