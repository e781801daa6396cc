import { useEffect, useState } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useApp } from "../AppContext";
import { ErrorAlert, Loading } from "../components/Feedback";
import { PageTitle } from "../components/PageTitle";
import { useI18n } from "../i18n/I18nProvider";
import type { Route } from "../router";
import AdminNewUser from "./AdminNewUser";
import AdminApplication from "./AdminApplication";
import AdminApplications from "./AdminApplications";
import AdminNewApplication from "./AdminNewApplication";
import AdminJournal from "./AdminJournal";
import AdminRaCodes from "./AdminRaCodes";
import { AdminNav } from "./AdminNav";
import AdminUser from "./AdminUser";
import AdminUsers from "./AdminUsers";

/**
 * EFP ADMIN, the administration space of Mon compte, for the people who administer or support an
 * application, and the administrators. Its token must also be issued for efp-admin: the first
 * visit in a tab signs in again for it (no page: the SSO session answers). Everyone else gets a
 * plain sentence; the API would refuse them anyway, from the database.
 */
export default function Administration({ route }: { route: Route }) {
  const { t } = useI18n();
  const { session, administered } = useApp();
  const staff = (administered.data?.length ?? 0) > 0;
  const opening = staff && !session.administration;
  // Already asked in this tab, and not given: said, rather than a loop of sign-ins.
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    if (opening && !session.openAdministration()) setRefused(true);
  }, [opening, session]);

  if (administered.data === undefined) {
    return administered.error ? <ErrorAlert error={administered.error} onRetry={administered.reload} /> : <Loading />;
  }
  if (!staff || refused) {
    return (
      <>
        <PageTitle documentTitle={t("navAdmin")}>{t("navAdmin")}</PageTitle>
        <Alert severity="info" small description={t(staff ? "adminScopeRefused" : "adminNotStaff")} id="efp-admin-refused" />
      </>
    );
  }
  if (opening) {
    return <p role="status">{t("adminOpening")}</p>;
  }
  return (
    <>
      <AdminNav page={route.page} />
      {route.page === "admin-applications" ? (
        <AdminApplications />
      ) : route.page === "admin-application" && route.clientId ? (
        <AdminApplication clientId={route.clientId} />
      ) : route.page === "admin-new-application" ? (
        <AdminNewApplication />
      ) : route.page === "admin-journal" ? (
        <AdminJournal route={route} />
      ) : route.page === "admin-ra-codes" ? (
        <AdminRaCodes route={route} />
      ) : route.page === "admin-new-user" ? (
        <AdminNewUser />
      ) : route.page === "admin-user" && route.userId ? (
        <AdminUser userId={route.userId} />
      ) : (
        <AdminUsers route={route} />
      )}
    </>
  );
}
