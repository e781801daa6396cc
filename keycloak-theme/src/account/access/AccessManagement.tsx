import { useEffect, useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Tabs } from "@codegouvfr/react-dsfr/Tabs";
import { useApp } from "../AppContext";
import type { ManagedPair } from "@efp/contract";
import { ErrorAlert, Loading } from "../components/Feedback";
import { PageTitle } from "../components/PageTitle";
import { useI18n } from "../i18n/I18nProvider";
import { navigate, type Route } from "../router";
import { CompanyFinder } from "./CompanyFinder";
import { InvitationsTab } from "./InvitationsTab";
import { RequestsTab } from "./RequestsTab";
import { UsersTab } from "./UsersTab";

export type Pair = { application: string; siret: string; applicationName: string; companyName: string };

const keyOf = (pair: { application: string; siret: string }) => `${pair.application}|${pair.siret}`;

/**
 * "Gestion des accès" for one application and one company, picked among the pairs I manage
 * (me/managed) or given by the link of an access-request email (?application=…&siret=…), which
 * also serves application admins, who find every company of their application with the
 * finder above (CompanyFinder): the API decides.
 */
export default function AccessManagement({ route }: { route: Route }) {
  const { t } = useI18n();
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
  const current: Pair | undefined = fromRoute && {
    ...fromRoute,
    applicationName: known?.applicationName ?? fromRoute.application,
    companyName: known?.companyName ?? fromRoute.siret,
  };

  return (
    <>
      <PageTitle documentTitle={t("accessTitle")}>{t("accessTitle")}</PageTitle>
      <p className={fr.cx("fr-text--lead")}>{pairs.length === 0 && applications.length > 0 ? t("accessIntroAdmin") : t("accessIntro")}</p>
      {managed.error && <ErrorAlert error={managed.error} onRetry={managed.reload} />}
      {administered.error && <ErrorAlert error={administered.error} onRetry={administered.reload} />}
      {applications.length > 0 && <CompanyFinder applications={applications} route={route} />}
      {(managed.data === undefined && managed.loading) || (administered.data === undefined && administered.loading) ? (
        <Loading />
      ) : current === undefined ? (
        managed.data && applications.length === 0 && <p id="efp-no-managed">{t("accessNone")}</p>
      ) : (
        <>
          {(pairs.length > 1 || known === undefined) && <PairPicker pairs={pairs} current={current} route={route} />}
          <PairScreens key={keyOf(current)} pair={current} pending={known?.pendingRequests} route={route} />
        </>
      )}
    </>
  );
}

function PairPicker({ pairs, current, route }: { pairs: ManagedPair[]; current: Pair; route: Route }) {
  const { t } = useI18n();
  const [selected, setSelected] = useState(keyOf(current));
  const options = pairs.some((pair) => keyOf(pair) === keyOf(current)) ? pairs : [...pairs, { ...current, pendingRequests: 0 }];
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
        <Select label={t("accessPick")} nativeSelectProps={{ id: "efp-pair", value: selected, onChange: (event) => setSelected(event.target.value) }}>
          {options.map((pair) => (
            <option key={keyOf(pair)} value={keyOf(pair)}>
              {pair.pendingRequests > 0
                ? t("accessPairPending", pair.applicationName, pair.companyName, pair.siret, pair.pendingRequests)
                : t("accessPair", pair.applicationName, pair.companyName, pair.siret)}
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

  return (
    <>
      <h2 className={fr.cx("fr-h4")} id="efp-pair-title">
        {t("accessPair", named.applicationName, named.companyName, named.siret)}
      </h2>
      <Tabs
        id="efp-access-tabs"
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
          <RequestsTab pair={named} onCount={setPendingCount} />
        ) : route.page === "access-invitations" ? (
          <InvitationsTab pair={named} />
        ) : (
          <UsersTab
            pair={named}
            onNames={(found) =>
              setFetched((previous) => (previous?.applicationName === found.applicationName && previous?.companyName === found.companyName ? previous : found))
            }
          />
        )}
      </Tabs>
    </>
  );
}
