import { fr } from "@codegouvfr/react-dsfr";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { TextField } from "../components/TextField";
import { pluralKey } from "../plural";

type CompanyChoicePageContext = Extract<KcContext, { pageId: "efp-company-choice.ftl" }>;

/**
 * efp-company-choice.ftl (keycloak-extension's CompanyChoiceRequiredAction): the application
 * asked for one company and the person holds habilitations for several. Plain forms posted to
 * the login action: a radio button per company (keyboard: Tab to the group, arrows to choose),
 * and past 20 companies a filter by name or SIRET. Names from the server are rendered as text.
 */
export default function CompanyChoice({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<CompanyChoicePageContext, I18n>) {
  const { url, companyChoice: choice, messagesPerField } = kcContext;
  const { msgStr } = i18n;
  const error = messagesPerField.existsError("company") ? msgStr("efpCompanyChoiceMissing") : undefined;
  const shownCount =
    choice.matched === 0
      ? msgStr("efpCompanyChoiceNoMatch", choice.query)
      : choice.companies.length < choice.matched
        ? msgStr("efpCompanyChoiceShownCapped", String(choice.companies.length), String(choice.matched))
        : msgStr(
            pluralKey(i18n.currentLanguage.languageTag, "efpCompanyChoiceShown", choice.companies.length),
            String(choice.companies.length),
            String(choice.total),
          );

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      displayMessage={false}
      headerNode={msgStr("efpCompanyChoiceTitle", choice.applicationName)}
      documentTitle={`${msgStr("efpCompanyChoiceDocumentTitle")} - ${choice.applicationName}`}
    >
      <p>{msgStr("efpCompanyChoiceExplain", String(choice.total), choice.applicationName)}</p>

      {choice.searchable && (
        <form id="efp-company-search" className={fr.cx("fr-mb-4w")} action={url.loginAction} method="post" role="search">
          <input type="hidden" name="efp_action" value="search" />
          <TextField
            label={msgStr("efpCompanyChoiceSearchLabel")}
            hint={msgStr("efpCompanyChoiceSearchHint")}
            inputProps={{ id: "query", name: "query", type: "search", defaultValue: choice.query, autoComplete: "organization" }}
          />
          <button id="efp-company-search-submit" type="submit" className={fr.cx("fr-btn", "fr-btn--secondary")}>
            {msgStr("efpCompanyChoiceSearch")}
          </button>
        </form>
      )}

      <form id="efp-company-choice" action={url.loginAction} method="post" noValidate>
        <input type="hidden" name="efp_action" value="choose" />
        <input type="hidden" name="query" value={choice.query} />
        {choice.searchable && (
          <p id="efp-company-count" role="status">
            {shownCount}
          </p>
        )}
        {choice.companies.length > 0 && (
          <fieldset
            className={fr.cx("fr-fieldset", error ? "fr-fieldset--error" : undefined)}
            aria-labelledby="efp-company-legend"
            aria-describedby={error ? "efp-company-error" : undefined}
          >
            <legend id="efp-company-legend" className={fr.cx("fr-fieldset__legend")}>
              {msgStr("efpCompanyChoiceLegend")}
            </legend>
            {choice.companies.map((company, index) => (
              <div key={company.alias} className={fr.cx("fr-fieldset__element")}>
                <div className={fr.cx("fr-radio-group")}>
                  <input type="radio" id={`company-${company.alias}`} name="company" value={company.alias} defaultChecked={index === 0} />
                  <label className={fr.cx("fr-label")} htmlFor={`company-${company.alias}`}>
                    {company.name}
                    <span className={fr.cx("fr-hint-text")}>
                      {company.siret ? msgStr("efpCompanyChoiceSiret", company.alias) : msgStr("efpCompanyChoiceStructure", company.alias)}
                      {company.roles.length > 0 && ` · ${msgStr("efpCompanyChoiceRoles", company.roles.join(", "))}`}
                    </span>
                  </label>
                </div>
              </div>
            ))}
            {error && (
              <div className={fr.cx("fr-messages-group")} id="efp-company-error" aria-live="assertive">
                <p className={fr.cx("fr-message", "fr-message--error")}>{error}</p>
              </div>
            )}
          </fieldset>
        )}
        <button id="efp-company-submit" type="submit" className={fr.cx("fr-btn")} disabled={choice.companies.length === 0}>
          {msgStr("efpCompanyChoiceSubmit")}
        </button>
      </form>
    </Template>
  );
}
