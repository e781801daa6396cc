import { useEffect, useRef, useState, type FormEvent } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useApp } from "../AppContext";
import { ErrorAlert, Loading } from "../components/Feedback";
import { PageTitle } from "../components/PageTitle";
import { useI18n } from "../i18n/I18nProvider";
import { routeLinkProps } from "../router";
import { asApiError } from "../useAsync";
import { lastAdminSearch } from "./lastSearch";
import { HabilitationBlock, focusFirstField, useManageableApplications } from "./HabilitationBlock";
import {
  emptyNewAccount,
  emptyNewHabilitation,
  fieldId,
  NEW_ACCOUNT_PREFIX,
  newAccountBody,
  newAccountErrors,
  type NewAccountErrors,
  type NewAccountValue,
  type NewHabilitation,
} from "./newAccount";

type Created = { id: string; email: string; professional: boolean };

/**
 * EFP ADMIN's "create an account": a professional or an agent with their habilitations, in one
 * step (the API refuses the whole if any part is wrong). Professionals receive an email to choose
 * their password: nobody types one for them. Application admins give habilitations on their
 * applications, administrators on any.
 */
export default function AdminNewUser() {
  const { t } = useI18n();
  const { admin } = useApp();
  const { applications, manageable } = useManageableApplications();
  const [value, setValue] = useState<NewAccountValue>(() => emptyNewAccount());
  const [errors, setErrors] = useState<NewAccountErrors>({});
  const [refusal, setRefusal] = useState<string>();
  const [created, setCreated] = useState<Created>();
  const [busy, setBusy] = useState(false);
  const nextKey = useRef(1);
  const refusalRef = useRef<HTMLDivElement>(null);

  // The API's refusal takes the focus once shown: read first, then corrected.
  useEffect(() => {
    if (refusal) refusalRef.current?.focus();
  }, [refusal]);

  const change = (next: NewAccountValue) => {
    setValue(next);
    if (Object.keys(errors).length > 0) setErrors(newAccountErrors(next));
  };
  const setHabilitation = (changed: NewHabilitation) =>
    change({ ...value, habilitations: value.habilitations.map((habilitation) => (habilitation.key === changed.key ? changed : habilitation)) });
  const message = (id: string) => (errors[id] ? t(errors[id]) : undefined);
  const state = (id: string) => (errors[id] ? ("error" as const) : ("default" as const));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = newAccountErrors(value);
    setErrors(found);
    setRefusal(undefined);
    if (focusFirstField(found)) return;
    setBusy(true);
    try {
      const account = await admin.createUser(newAccountBody(value));
      setCreated({ id: account.id, email: account.username, professional: value.kind === "professional" });
      setValue(emptyNewAccount());
    } catch (caught) {
      setRefusal(asApiError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p className={fr.cx("fr-mb-2w")}>
        <a
          className={fr.cx("fr-link", "fr-icon-arrow-left-line", "fr-link--icon-left")}
          {...routeLinkProps({ page: "admin-users", search: lastAdminSearch() })}
        >
          {t("adminBackToList")}
        </a>
      </p>
      <PageTitle documentTitle={t("newAccountTitle")}>{t("newAccountTitle")}</PageTitle>
      <p>{t("newAccountIntro")}</p>
      {created && (
        <Alert
          severity="success"
          small
          id="efp-new-account-created"
          description={
            <>
              {t(created.professional ? "newAccountCreatedProfessional" : "newAccountCreatedAgent", created.email)}{" "}
              <a {...routeLinkProps({ page: "admin-user", userId: created.id })} id="efp-new-account-open">
                {t("newAccountOpen")}
              </a>
            </>
          }
        />
      )}
      {refusal && (
        <div ref={refusalRef} tabIndex={-1} id="efp-new-account-refused">
          <ErrorAlert error={{ message: refusal }} />
        </div>
      )}
      {applications.data === undefined ? (
        applications.error ? (
          <ErrorAlert error={applications.error} onRetry={applications.reload} />
        ) : (
          <Loading />
        )
      ) : (
        <form id="efp-new-account" noValidate onSubmit={(event) => void submit(event)}>
          <fieldset className={fr.cx("fr-fieldset")}>
            <legend className={fr.cx("fr-fieldset__legend")}>{t("newAccountIdentity")}</legend>
            <div className={fr.cx("fr-fieldset__element")}>
              <RadioButtons
                legend={t("colKind")}
                orientation="horizontal"
                options={(["professional", "agent"] as const).map((kind) => ({
                  label: t(`kind_${kind}`),
                  nativeInputProps: { value: kind, checked: value.kind === kind, onChange: () => change({ ...value, kind }) },
                }))}
              />
            </div>
            <div className={fr.cx("fr-fieldset__element")}>
              <Input
                label={t("grantEmail")}
                hintText={t(value.kind === "agent" ? "newAccountEmailAgentHint" : "newAccountEmailHint")}
                state={state(fieldId("email"))}
                stateRelatedMessage={message(fieldId("email"))}
                nativeInputProps={{
                  id: fieldId("email"),
                  type: "email",
                  autoComplete: "off",
                  spellCheck: false,
                  value: value.email,
                  onChange: (event) => change({ ...value, email: event.target.value }),
                }}
              />
            </div>
            <div className={fr.cx("fr-fieldset__element")}>
              <Input
                label={t("firstName")}
                state={state(fieldId("firstName"))}
                stateRelatedMessage={message(fieldId("firstName"))}
                nativeInputProps={{
                  id: fieldId("firstName"),
                  autoComplete: "off",
                  value: value.firstName,
                  onChange: (event) => change({ ...value, firstName: event.target.value }),
                }}
              />
            </div>
            <div className={fr.cx("fr-fieldset__element")}>
              <Input
                label={t("lastName")}
                state={state(fieldId("lastName"))}
                stateRelatedMessage={message(fieldId("lastName"))}
                nativeInputProps={{
                  id: fieldId("lastName"),
                  autoComplete: "off",
                  value: value.lastName,
                  onChange: (event) => change({ ...value, lastName: event.target.value }),
                }}
              />
            </div>
            {value.kind === "agent" ? (
              <div className={fr.cx("fr-fieldset__element")}>
                <Input
                  label={t("newAccountStructure")}
                  hintText={t("newAccountStructureHint")}
                  state={state(fieldId("structure"))}
                  stateRelatedMessage={message(fieldId("structure"))}
                  nativeInputProps={{
                    id: fieldId("structure"),
                    autoComplete: "off",
                    value: value.structure,
                    onChange: (event) => change({ ...value, structure: event.target.value }),
                  }}
                />
              </div>
            ) : (
              <div className={fr.cx("fr-fieldset__element")}>
                <Checkbox
                  options={[
                    {
                      label: t("newAccountTest"),
                      hintText: t("newAccountTestHint"),
                      nativeInputProps: { checked: value.test, onChange: (event) => change({ ...value, test: event.target.checked }) },
                    },
                  ]}
                />
                {value.test && (
                  <Input
                    label={t("newAccountTestUntil")}
                    state={state(fieldId("testUntil"))}
                    stateRelatedMessage={message(fieldId("testUntil"))}
                    nativeInputProps={{
                      id: fieldId("testUntil"),
                      type: "date",
                      value: value.testUntil,
                      onChange: (event) => change({ ...value, testUntil: event.target.value }),
                    }}
                  />
                )}
              </div>
            )}
          </fieldset>
          <h2 className={fr.cx("fr-h4", "fr-mt-4w")}>{t("newAccountHabilitations")}</h2>
          {value.habilitations.length === 0 && <p>{t("newAccountNoHabilitation")}</p>}
          {value.habilitations.map((habilitation, index) => (
            <HabilitationBlock
              key={habilitation.key}
              prefix={NEW_ACCOUNT_PREFIX}
              legend={t("newAccountHabilitation", index + 1)}
              habilitation={habilitation}
              applications={manageable}
              errors={errors}
              onChange={setHabilitation}
              onRemove={() => change({ ...value, habilitations: value.habilitations.filter((other) => other.key !== habilitation.key) })}
              removeLabel={t("newAccountRemoveHabilitationOf", index + 1)}
            />
          ))}
          <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--icon-left", "fr-mt-2w")}>
            <li>
              <Button
                type="button"
                priority="secondary"
                iconId="fr-icon-add-line"
                nativeButtonProps={{ id: "efp-new-account-add" }}
                onClick={() => change({ ...value, habilitations: [...value.habilitations, emptyNewHabilitation(nextKey.current++)] })}
              >
                {t("newAccountAddHabilitation")}
              </Button>
            </li>
            <li>
              <Button type="submit" disabled={busy} nativeButtonProps={{ id: "efp-new-account-submit" }}>
                {t("newAccountSubmit")}
              </Button>
            </li>
          </ul>
        </form>
      )}
    </>
  );
}
