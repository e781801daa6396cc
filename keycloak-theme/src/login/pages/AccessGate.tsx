import { useState, type FormEvent } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { TextField } from "../components/TextField";
import { pluralKey } from "../plural";

type AccessGateContext = Extract<KcContext, { pageId: "efp-access-gate.ftl" }>;

/**
 * efp-access-gate.ftl (keycloak-extension's AccessGateAuthenticator): the signed-in person has
 * no habilitation for the application. Plain forms posted to the login action, so the page works
 * without JavaScript and each result is a radio button reachable with the keyboard. Every text
 * from the server (company names, descriptions, messages) is rendered as text.
 */
export default function AccessGate({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<AccessGateContext, I18n>) {
  const { url, accessGate: gate } = kcContext;
  const { msgStr } = i18n;
  const [isSubmitting, setIsSubmitting] = useState(false);
  // Checked here first, in the page's language, then again by the server (which runs no search
  // under minQueryLength characters and refuses a request without an establishment).
  const [localErrors, setLocalErrors] = useState<Partial<Record<"search" | "request" | "ra_code", string>>>({});
  const serverError = (field: string) => (gate.message?.type === "error" && gate.errorField === field ? gate.message.text : undefined);
  // The server answers a query too short with an empty search: said as the field's error, not "no result".
  const queryTooShort = gate.searched && gate.totalCapped === undefined && gate.query.length > 0 && gate.query.length < gate.minQueryLength;
  const tooShortText = msgStr("efpGateSearchTooShort", String(gate.minQueryLength));
  const errorFor = (field: "search" | "request" | "ra_code") => localErrors[field] ?? (field === "search" && queryTooShort ? tooShortText : serverError(field));
  const refuse = (event: FormEvent<HTMLFormElement>, field: "search" | "request" | "ra_code", text: string, focus: HTMLElement | null) => {
    event.preventDefault();
    setLocalErrors((errors) => ({ ...errors, [field]: text }));
    focus?.focus();
  };
  const generalMessage =
    gate.message && (gate.message.type === "success" || !["search", "ra_code", "request"].includes(gate.errorField)) ? gate.message : undefined;

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      displayMessage={false}
      headerNode={msgStr("efpGateTitle", gate.applicationName)}
      documentTitle={`${msgStr("efpGateDocumentTitle")} - ${gate.applicationName}`}
    >
      {generalMessage && (
        <Alert
          id="efp-gate-message"
          className={fr.cx("fr-mb-4w")}
          small
          severity={generalMessage.type === "success" ? "success" : "error"}
          role={generalMessage.type === "success" ? "status" : "alert"}
          description={generalMessage.text}
        />
      )}

      {gate.pending.length > 0 && (
        <section className={fr.cx("fr-mb-4w")} aria-labelledby="efp-pending-title">
          <h2 id="efp-pending-title" className={fr.cx("fr-h5")}>
            {msgStr("efpGatePendingTitle")}
          </h2>
          <ul id="efp-pending" className={fr.cx("fr-raw-list")}>
            {gate.pending.map((request) => (
              <li key={request.id} className={fr.cx("fr-mb-2w")}>
                <p className={fr.cx("fr-mb-1w")}>
                  {gate.agentStructure
                    ? msgStr("efpGatePendingAgentItem", request.createdAt, request.companyName)
                    : msgStr("efpGatePendingItem", request.createdAt, request.companyName, request.siret)}
                </p>
                <form action={url.loginAction} method="post">
                  <input type="hidden" name="efp_action" value="cancel" />
                  <input type="hidden" name="request_id" value={request.id} />
                  <button type="submit" className={fr.cx("fr-btn", "fr-btn--secondary", "fr-btn--sm")}>
                    {msgStr("efpGateCancel")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}

      {gate.agentStructure ? (
        <AgentRequest gate={gate} action={url.loginAction} msgStr={msgStr} error={serverError("request")} />
      ) : (
        <section className={fr.cx("fr-mb-6w")} aria-labelledby="efp-request-title">
          <h2 id="efp-request-title" className={fr.cx("fr-h4")}>
            {msgStr("efpGateAsk", gate.applicationName)}
          </h2>
          <p>{msgStr("efpGateExplain")}</p>
          <form
            id="efp-gate-search"
            action={url.loginAction}
            method="post"
            role="search"
            noValidate
            onSubmit={(event) => {
              const input = event.currentTarget.elements.namedItem("query") as HTMLInputElement | null;
              if ((input?.value.trim().length ?? 0) < gate.minQueryLength) refuse(event, "search", tooShortText, input);
            }}
          >
            <input type="hidden" name="efp_action" value="search" />
            <TextField
              label={msgStr("efpGateSearchLabel")}
              hint={msgStr("efpGateSearchHint", String(gate.minQueryLength))}
              error={errorFor("search")}
              inputProps={{
                id: "query",
                name: "query",
                type: "search",
                defaultValue: gate.query,
                minLength: gate.minQueryLength,
                required: true,
                autoComplete: "organization",
              }}
            />
            <button id="efp-search" type="submit" className={fr.cx("fr-btn", "fr-btn--secondary")}>
              {msgStr("efpGateSearch")}
            </button>
          </form>

          {gate.searched && (
            <form
              id="efp-gate-request"
              className={fr.cx("fr-mt-4w")}
              action={url.loginAction}
              method="post"
              noValidate
              onSubmit={(event) => {
                const form = event.currentTarget;
                if (form.querySelector("input[name=siret]:checked") === null) {
                  refuse(event, "request", msgStr("efpGateCompanyMissing"), form.querySelector<HTMLInputElement>("input[name=siret]"));
                  return;
                }
                setIsSubmitting(true);
              }}
            >
              <input type="hidden" name="efp_action" value="request" />
              <input type="hidden" name="query" value={gate.query} />
              <p id="efp-results-count" role="status">
                {queryTooShort
                  ? null
                  : gate.results.length === 0
                    ? msgStr("efpGateNoResult")
                    : gate.totalCapped
                      ? msgStr("efpGateResultsCountCapped", String(gate.results.length), String(gate.total))
                      : msgStr(
                          pluralKey(i18n.currentLanguage.languageTag, "efpGateResultsCount", gate.results.length),
                          String(gate.results.length),
                          String(gate.total),
                        )}
              </p>
              {gate.results.length > 0 && (
                <>
                  <fieldset
                    className={fr.cx("fr-fieldset", errorFor("request") ? "fr-fieldset--error" : undefined)}
                    aria-describedby={errorFor("request") ? "efp-request-error" : undefined}
                  >
                    <legend className={fr.cx("fr-fieldset__legend")}>{msgStr("efpGateCompanyLegend")}</legend>
                    {gate.results.map((company, index) => (
                      <div key={company.siret} className={fr.cx("fr-fieldset__element")}>
                        <div className={fr.cx("fr-radio-group")}>
                          <input
                            type="radio"
                            id={`siret-${company.siret}`}
                            name="siret"
                            value={company.siret}
                            required
                            aria-invalid={errorFor("request") ? true : undefined}
                            onChange={() => setLocalErrors(({ request: _cleared, ...others }) => others)}
                            defaultChecked={gate.results.length === 1 && index === 0}
                          />
                          <label className={fr.cx("fr-label")} htmlFor={`siret-${company.siret}`}>
                            {company.name} — SIRET : {company.siret}
                            {company.address && <span className={fr.cx("fr-hint-text")}>{company.address}</span>}
                          </label>
                        </div>
                      </div>
                    ))}
                    {errorFor("request") && (
                      <div className={fr.cx("fr-messages-group")} id="efp-request-error" aria-live="assertive">
                        <p className={fr.cx("fr-message", "fr-message--error")} role="alert">
                          {errorFor("request")}
                        </p>
                      </div>
                    )}
                  </fieldset>
                  <div className={fr.cx("fr-input-group")}>
                    <label className={fr.cx("fr-label")} htmlFor="description">
                      {msgStr("efpGateDescriptionLabel")}
                      <span className={fr.cx("fr-hint-text")}>{msgStr("efpGateDescriptionHint", String(gate.descriptionMaxLength))}</span>
                    </label>
                    <textarea id="description" name="description" className={fr.cx("fr-input")} rows={4} maxLength={gate.descriptionMaxLength} />
                  </div>
                  <button id="efp-request-submit" type="submit" className={fr.cx("fr-btn")} disabled={isSubmitting}>
                    {msgStr("efpGateSubmit")}
                  </button>
                </>
              )}
            </form>
          )}
        </section>
      )}

      {gate.raCodesEnabled && (
        <section aria-labelledby="efp-ra-title">
          <h2 id="efp-ra-title" className={fr.cx("fr-h4")}>
            {msgStr("efpGateRaTitle")}
          </h2>
          <p>{msgStr("efpGateRaExplain")}</p>
          <form
            id="efp-gate-ra-code"
            action={url.loginAction}
            method="post"
            noValidate
            onSubmit={(event) => {
              const input = event.currentTarget.elements.namedItem("ra_code") as HTMLInputElement | null;
              if (!input?.value.trim()) refuse(event, "ra_code", msgStr("efpGateRaMissing"), input);
            }}
          >
            <input type="hidden" name="efp_action" value="ra-code" />
            <TextField
              label={msgStr("efpGateRaLabel")}
              hint={msgStr("efpGateRaHint")}
              error={errorFor("ra_code")}
              inputProps={{ id: "ra_code", name: "ra_code", type: "text", autoComplete: "off", spellCheck: false, required: true, maxLength: 20 }}
            />
            <button id="efp-ra-submit" type="submit" className={fr.cx("fr-btn", "fr-btn--secondary")}>
              {msgStr("efpGateRaSubmit")}
            </button>
          </form>
        </section>
      )}
    </Template>
  );
}

/**
 * An agent asks for their ministerial structure: no directory to search, the structure is the
 * one their ADFS gave them; the request goes to the application's admins (a structure has no
 * access manager).
 */
function AgentRequest({
  gate,
  action,
  msgStr,
  error,
}: {
  gate: AccessGateContext["accessGate"];
  action: string;
  msgStr: I18n["msgStr"];
  error: string | undefined;
}) {
  const [isSubmitting, setIsSubmitting] = useState(false);
  const structure = gate.agentStructure!;
  return (
    <section className={fr.cx("fr-mb-6w")} aria-labelledby="efp-request-title">
      <h2 id="efp-request-title" className={fr.cx("fr-h4")}>
        {msgStr("efpGateAsk", gate.applicationName)}
      </h2>
      {structure.code === "" ? (
        <Alert id="efp-agent-no-structure" small severity="warning" description={msgStr("efpGateAgentNoStructure")} />
      ) : (
        <form id="efp-gate-request" action={action} method="post" noValidate onSubmit={() => setIsSubmitting(true)}>
          <input type="hidden" name="efp_action" value="request" />
          <p id="efp-agent-structure">{msgStr("efpGateAgentExplain", structure.name, structure.code, gate.applicationName)}</p>
          {error && (
            <div className={fr.cx("fr-messages-group", "fr-mb-2w")} id="efp-request-error" aria-live="assertive">
              <p className={fr.cx("fr-message", "fr-message--error")} role="alert">
                {error}
              </p>
            </div>
          )}
          <div className={fr.cx("fr-input-group")}>
            <label className={fr.cx("fr-label")} htmlFor="description">
              {msgStr("efpGateDescriptionLabel")}
              <span className={fr.cx("fr-hint-text")}>{msgStr("efpGateDescriptionHint", String(gate.descriptionMaxLength))}</span>
            </label>
            <textarea id="description" name="description" className={fr.cx("fr-input")} rows={4} maxLength={gate.descriptionMaxLength} />
          </div>
          <button id="efp-request-submit" type="submit" className={fr.cx("fr-btn")} disabled={isSubmitting}>
            {msgStr("efpGateAgentSubmit", structure.code)}
          </button>
        </form>
      )}
    </section>
  );
}
