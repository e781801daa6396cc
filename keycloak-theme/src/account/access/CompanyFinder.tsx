import { useCallback, useRef, useState, type FormEvent } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useApp } from "../AppContext";
import type { AdministeredApplication, ApplicationCompanies, ApplicationDirectory } from "@efp/contract";
import { ErrorAlert, Loading } from "../components/Feedback";
import { useI18n } from "../i18n/I18nProvider";
import { navigate, routeLinkProps, type Route } from "../router";
import { asApiError, useAsync } from "../useAsync";
import { checkSearch, type Scope } from "./finderSearch";
import { isStructureCode } from "./companyKind";

const PAGE = 20;

type Query = { application: string; scope: Scope; search: string; first: number };
type Found = { kind: "known"; page: ApplicationCompanies } | { kind: "directory"; page: ApplicationDirectory };

/** Asks the pair's screens to take the focus once they show the company just opened. */
let focusPairOnMount = false;
export function takePairFocusRequest(): boolean {
  const asked = focusPairOnMount;
  focusPairOnMount = false;
  return asked;
}

/**
 * For application admins, support agents and administrators: every company of their
 * application. By default those holding a habilitation or a pending request there; or the whole
 * company directory (the one the access gate searches), where a company nobody has access to yet
 * is opened to name its first access manager (admins and administrators only: support agents
 * read). What each list holds and who may see it is the API's decision.
 */
export function CompanyFinder({ applications, route }: { applications: AdministeredApplication[]; route: Route }) {
  const { t, plural } = useI18n();
  const { api } = useApp();
  const [typed, setTyped] = useState<Omit<Query, "first">>({
    application: route.application && applications.some((a) => a.application === route.application) ? route.application : applications[0].application,
    scope: "known",
    search: "",
  });
  const [fieldError, setFieldError] = useState<string>();
  const [query, setQuery] = useState<Query>({ ...typed, first: 0 });
  const searchRef = useRef<HTMLInputElement>(null);
  const companies = useAsync(
    useCallback(async (): Promise<Found> => {
      if (query.scope === "directory") return { kind: "directory", page: await api.directory(query.application, { search: query.search, max: PAGE }) };
      return { kind: "known", page: await api.applicationCompanies(query.application, { search: query.search, first: query.first, max: PAGE }) };
    }, [api, query]),
  );
  const found = companies.data;
  const application = applications.find((a) => a.application === query.application) ?? applications[0];
  const applicationName = applications.length > 1 ? undefined : applications[0].applicationName;
  // The directory's refusal of a search (too short, too vague, not a SIRET) is said under the field.
  const refusal = companies.error && companies.error.status === 400 ? companies.error : undefined;
  const shownError = fieldError ?? refusal?.message;

  const [opening, setOpening] = useState<string>();
  const [openError, setOpenError] = useState<string>();
  const open = async (siret: string) => {
    setOpening(siret);
    setOpenError(undefined);
    try {
      await api.openCompany(query.application, siret);
      focusPairOnMount = true;
      navigate({ page: "access-users", application: query.application, siret });
    } catch (caught) {
      setOpenError(asApiError(caught).message);
    } finally {
      setOpening(undefined);
    }
  };

  return (
    <section className={fr.cx("fr-mb-6w")} aria-labelledby="efp-finder-title">
      <h2 className={fr.cx("fr-h5")} id="efp-finder-title">
        {applicationName ? t("finderTitleOf", applicationName) : t("finderTitle")}
      </h2>
      <form
        role="search"
        aria-label={t("finderTitle")}
        id="efp-finder"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          const problem = checkSearch(typed.scope, typed.search);
          if (problem) {
            setFieldError(t(problem));
            searchRef.current?.focus();
            return;
          }
          setFieldError(undefined);
          setQuery({ application: typed.application, scope: typed.scope, search: typed.search.trim(), first: 0 });
        }}
      >
        {applications.length > 1 && (
          <Select
            label={t("finderApplication")}
            nativeSelectProps={{
              id: "efp-finder-application",
              value: typed.application,
              onChange: (event) => setTyped({ ...typed, application: event.target.value }),
            }}
          >
            {applications.map((one) => (
              <option key={one.application} value={one.application}>
                {one.applicationName}
              </option>
            ))}
          </Select>
        )}
        <RadioButtons
          id="efp-finder-scope"
          legend={t("finderScope")}
          name="efp-finder-scope"
          orientation="horizontal"
          options={(["known", "directory"] as const).map((scope) => ({
            label: t(scope === "known" ? "finderScopeKnown" : "finderScopeDirectory"),
            nativeInputProps: {
              value: scope,
              checked: typed.scope === scope,
              onChange: () => {
                setTyped({ ...typed, scope });
                setFieldError(undefined);
              },
            },
          }))}
        />
        <div className="efp-inline-form">
          <Input
            label={t("finderSearch")}
            hintText={t(typed.scope === "directory" ? "finderDirectoryHint" : "finderHint")}
            state={shownError ? "error" : "default"}
            stateRelatedMessage={shownError}
            nativeInputProps={{
              id: "efp-finder-text",
              ref: searchRef,
              type: "search",
              maxLength: 100,
              "aria-invalid": shownError ? true : undefined,
              value: typed.search,
              onChange: (event) => {
                setTyped({ ...typed, search: event.target.value });
                if (fieldError && !checkSearch(typed.scope, event.target.value)) setFieldError(undefined);
              },
            }}
          />
          <Button type="submit" iconId="fr-icon-search-line" nativeButtonProps={{ id: "efp-finder-submit" }}>
            {t("searchButton")}
          </Button>
        </div>
      </form>
      {companies.error && !refusal && <ErrorAlert error={companies.error} onRetry={companies.reload} />}
      {openError && <ErrorAlert error={{ message: openError }} id="efp-finder-open-error" />}
      {found === undefined || companies.error ? (
        companies.loading && <Loading />
      ) : (
        <>
          <p role="status" className={fr.cx("fr-mt-2w", "fr-text--bold")} id="efp-finder-count">
            {found.kind === "known"
              ? found.page.items.length < found.page.total
                ? t("finderShown", query.first + 1, query.first + found.page.items.length, found.page.total)
                : plural("finderCount", found.page.total, found.page.applicationName)
              : found.page.totalCapped
                ? t("finderDirectoryCapped", found.page.total)
                : found.page.items.length < found.page.total
                  ? t("finderDirectoryFirst", found.page.total, found.page.items.length)
                  : plural("finderDirectoryCount", found.page.total)}
          </p>
          <ul className={fr.cx("fr-raw-list")} id="efp-finder-list">
            {found.page.items.map((company) => {
              const known = found.kind === "known" || ("known" in company && company.known);
              const target: Route = { page: "access-users", application: found.page.application, siret: company.siret };
              return (
                <li key={company.siret} className="efp-person" data-siret={company.siret}>
                  <h3 className={fr.cx("fr-h6", "fr-mb-1v")}>{company.name}</h3>
                  <p className={fr.cx("fr-mb-1v", "fr-text--sm")}>
                    {isStructureCode(company.siret) ? t("structureCode", company.siret) : t("siret", company.siret)}
                    {company.address && (
                      <>
                        <br />
                        {company.address}
                      </>
                    )}
                  </p>
                  <p className={fr.cx("fr-mb-1w", "fr-text--sm")} data-counts>
                    {known && (company.habilitations > 0 || company.pendingRequests > 0)
                      ? [
                          plural("persons", company.habilitations),
                          ...(company.pendingRequests > 0 ? [plural("finderPending", company.pendingRequests)] : []),
                        ].join(" · ")
                      : t("finderNoAccess")}
                  </p>
                  {known ? (
                    <a
                      className={fr.cx("fr-link", "fr-icon-arrow-right-line", "fr-link--icon-right")}
                      id={`efp-finder-open-${company.siret}`}
                      aria-label={t(application.canManage ? "manageAccessOf" : "viewAccessOf", found.page.applicationName, company.name)}
                      {...routeLinkProps(target)}
                    >
                      {t(application.canManage ? "manageAccess" : "viewAccess")}
                    </a>
                  ) : (
                    application.canManage && (
                      <Button
                        size="small"
                        priority="secondary"
                        iconId="fr-icon-user-add-line"
                        disabled={opening !== undefined}
                        onClick={() => void open(company.siret)}
                        nativeButtonProps={{
                          id: `efp-finder-open-${company.siret}`,
                          "aria-label": t("finderOpenNewOf", company.name, found.page.applicationName),
                        }}
                      >
                        {t("finderOpenNew")}
                      </Button>
                    )
                  )}
                </li>
              );
            })}
          </ul>
          {found.kind === "known" && found.page.items.length < found.page.total && (
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
                disabled={query.first + PAGE >= found.page.total}
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
