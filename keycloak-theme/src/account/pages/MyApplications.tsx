import { useCallback } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Card } from "@codegouvfr/react-dsfr/Card";
import { Tag } from "@codegouvfr/react-dsfr/Tag";
import { useApp } from "../AppContext";
import type { MyApplication } from "@efp/contract";
import { ErrorAlert, Loading } from "../components/Feedback";
import { PageTitle } from "../components/PageTitle";
import { useI18n } from "../i18n/I18nProvider";
import { roleLabel } from "../names";
import { routeLinkProps } from "../router";
import { useAsync } from "../useAsync";
import { isStructureCode } from "../access/companyKind";

/** "Mes applications": each application I may use, the companies I use it for, my roles there. */
export default function MyApplications() {
  const { t } = useI18n();
  const { api } = useApp();
  const applications = useAsync(useCallback(() => api.myApplications(), [api]));

  return (
    <>
      <PageTitle documentTitle={t("applicationsTitle")}>{t("applicationsTitle")}</PageTitle>
      <p className={fr.cx("fr-text--lead")}>{t("applicationsIntro")}</p>
      {applications.error && <ErrorAlert error={applications.error} onRetry={applications.reload} />}
      {applications.data === undefined ? (
        applications.loading && <Loading />
      ) : applications.data.length === 0 ? (
        <p id="efp-no-application">{t("applicationsEmpty")}</p>
      ) : (
        <ul className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-raw-list")} id="efp-applications">
          {applications.data.map((application) => (
            <li key={application.clientId} className={fr.cx("fr-col-12", "fr-col-lg-6")}>
              <ApplicationCard application={application} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function ApplicationCard({ application }: { application: MyApplication }) {
  const { t, lang } = useI18n();
  const companiesTitleId = `efp-companies-${application.clientId}`;
  return (
    <Card
      className="efp-application"
      nativeDivProps={{ "data-application": application.clientId } as object}
      title={application.name}
      titleAs="h2"
      desc={application.description ?? undefined}
      border
      end={
        <>
          <p id={companiesTitleId} className={fr.cx("fr-sr-only")}>
            {t("companiesOf", application.name)}
          </p>
          <ul className={fr.cx("fr-raw-list")} aria-labelledby={companiesTitleId}>
            {application.companies.map((company) => (
              <li key={company.siret} className={fr.cx("fr-mb-2w")} data-siret={company.siret}>
                <p className={fr.cx("fr-mb-1v", "fr-text--bold")}>
                  {company.name}{" "}
                  <span className={fr.cx("fr-text--regular", "fr-text--sm")}>
                    {isStructureCode(company.siret) ? t("structureCode", company.siret) : t("siret", company.siret)}
                  </span>
                </p>
                <ul className={fr.cx("fr-tags-group")} aria-label={t("rolesLabel")}>
                  {company.roles.map((role) => (
                    <li key={role}>
                      <Tag small>{roleLabel(role, application.roleLabels, lang)}</Tag>
                    </li>
                  ))}
                  {company.accessManager && (
                    <li>
                      <Badge severity="info" small noIcon className={fr.cx("fr-mb-1w")}>
                        {t("accessManager")}
                      </Badge>
                    </li>
                  )}
                </ul>
                {company.accessManager && (
                  <a
                    className={fr.cx("fr-link", "fr-icon-arrow-right-line", "fr-link--icon-right", "fr-text--sm")}
                    {...routeLinkProps({ page: "access-users", application: application.clientId, siret: company.siret })}
                    aria-label={t("manageAccessOf", application.name, company.name)}
                  >
                    {t("manageAccess")}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </>
      }
      footer={
        application.url ? (
          <a className={fr.cx("fr-btn", "fr-btn--secondary")} href={application.url}>
            {t("openApplication", application.name)}
          </a>
        ) : undefined
      }
    />
  );
}
