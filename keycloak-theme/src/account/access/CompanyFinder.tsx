import { useCallback, useState, type FormEvent } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useApp } from "../AppContext";
import type { AdministeredApplication } from "@efp/contract";
import { ErrorAlert, Loading } from "../components/Feedback";
import { useI18n } from "../i18n/I18nProvider";
import { routeLinkProps, type Route } from "../router";
import { useAsync } from "../useAsync";

const PAGE = 20;

/**
 * For application admins (and support agents, administrators): every company of their
 * application, found by name or SIRET, each opening the same screens as an access manager's.
 * What the list holds and who may see it is the API's decision (applications/{id}/companies).
 */
export function CompanyFinder({ applications, route }: { applications: AdministeredApplication[]; route: Route }) {
  const { t, plural } = useI18n();
  const { api } = useApp();
  const [typed, setTyped] = useState({
    application: route.application && applications.some((a) => a.application === route.application) ? route.application : applications[0].application,
    search: "",
  });
  const [query, setQuery] = useState({ ...typed, first: 0 });
  const companies = useAsync(
    useCallback(() => api.applicationCompanies(query.application, { search: query.search, first: query.first, max: PAGE }), [api, query]),
  );
  const page = companies.data;

  return (
    <section className={fr.cx("fr-mb-6w")} aria-labelledby="efp-finder-title">
      <h2 className={fr.cx("fr-h5")} id="efp-finder-title">
        {t("finderTitle")}
      </h2>
      <form
        role="search"
        aria-label={t("finderTitle")}
        id="efp-finder"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          setQuery({ application: typed.application, search: typed.search.trim(), first: 0 });
        }}
      >
        <div className="efp-inline-form">
          {applications.length > 1 && (
            <Select
              label={t("finderApplication")}
              nativeSelectProps={{
                id: "efp-finder-application",
                value: typed.application,
                onChange: (event) => setTyped({ ...typed, application: event.target.value }),
              }}
            >
              {applications.map((application) => (
                <option key={application.application} value={application.application}>
                  {application.applicationName}
                </option>
              ))}
            </Select>
          )}
          <Input
            label={applications.length > 1 ? t("finderSearch") : t("finderSearchOf", applications[0].applicationName)}
            hintText={t("finderHint")}
            nativeInputProps={{
              id: "efp-finder-text",
              type: "search",
              maxLength: 200,
              value: typed.search,
              onChange: (event) => setTyped({ ...typed, search: event.target.value }),
            }}
          />
          <Button type="submit" iconId="fr-icon-search-line">
            {t("searchButton")}
          </Button>
        </div>
      </form>
      {companies.error && <ErrorAlert error={companies.error} onRetry={companies.reload} />}
      {page === undefined ? (
        companies.loading && <Loading />
      ) : (
        <>
          <p role="status" className={fr.cx("fr-mt-2w", "fr-text--bold")} id="efp-finder-count">
            {page.items.length < page.total
              ? t("finderShown", query.first + 1, query.first + page.items.length, page.total)
              : plural("finderCount", page.total, page.applicationName)}
          </p>
          <ul className="efp-finder-list" id="efp-finder-list">
            {page.items.map((company) => (
              <li key={company.siret} data-siret={company.siret}>
                <a {...routeLinkProps({ page: "access-users", application: page.application, siret: company.siret })}>
                  {t("accessPair", page.applicationName, company.name, company.siret)}
                </a>
                <span className={fr.cx("fr-text--sm", "fr-ml-1w")}>
                  {plural("persons", company.habilitations)}
                  {company.pendingRequests > 0 && ` · ${plural("finderPending", company.pendingRequests)}`}
                </span>
              </li>
            ))}
          </ul>
          {page.items.length < page.total && (
            <div className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm")}>
              <Button
                type="button"
                priority="secondary"
                id="efp-finder-previous"
                disabled={query.first === 0}
                onClick={() => setQuery({ ...query, first: Math.max(0, query.first - PAGE) })}
              >
                {t("finderPrevious")}
              </Button>
              <Button
                type="button"
                priority="secondary"
                id="efp-finder-next"
                disabled={query.first + PAGE >= page.total}
                onClick={() => setQuery({ ...query, first: query.first + PAGE })}
              >
                {t("finderNext")}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
