import { useCallback } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { useApp } from "../AppContext";
import { ErrorAlert, Loading } from "../components/Feedback";
import { PageTitle } from "../components/PageTitle";
import { useI18n } from "../i18n/I18nProvider";
import { routeLinkProps } from "../router";
import { useAsync } from "../useAsync";

/** EFP ADMIN's applications: those of the caller's scope; administrators also create one. */
export default function AdminApplications() {
  const { t } = useI18n();
  const { admin } = useApp();
  const list = useAsync(useCallback(() => admin.applicationList(), [admin]));
  return (
    <>
      <PageTitle documentTitle={t("appsTitle")}>{t("appsTitle")}</PageTitle>
      <p>{t("appsIntro")}</p>
      {list.data?.actions?.includes("create") && (
        <p>
          <a
            {...routeLinkProps({ page: "admin-new-application" })}
            id="efp-apps-create"
            className={fr.cx("fr-btn", "fr-btn--secondary", "fr-icon-add-line", "fr-btn--icon-left")}
          >
            {t("appsCreate")}
          </a>
        </p>
      )}
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} id="efp-apps-error" />}
      {list.data === undefined ? (
        list.loading && <Loading />
      ) : list.data.items.length === 0 ? (
        <p id="efp-apps-none">{t("appsNone")}</p>
      ) : (
        <Table
          id="efp-apps"
          caption={t("appsCaption")}
          noCaption
          bordered
          headers={[t("colAppName"), t("colClientId"), t("colRaCodes"), t("colListed"), t("colRoles")]}
          data={list.data.items.map((application) => [
            <a key="name" {...routeLinkProps({ page: "admin-application", clientId: application.clientId })} data-application={application.clientId}>
              {application.name}
            </a>,
            application.clientId,
            t(application.raCodesEnabled ? "yes" : "no"),
            t(application.listedPublicly ? "yes" : "no"),
            application.roles.join(", "),
          ])}
        />
      )}
    </>
  );
}
