import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { Application } from "@efp/contract";
import { useApp } from "../AppContext";
import { ErrorAlert } from "../components/Feedback";
import { useI18n } from "../i18n/I18nProvider";
import { asApiError } from "../useAsync";
import { ButtonGroup } from "../../shared/ButtonGroup";
import { HabilitationBlock, focusFirstField } from "./HabilitationBlock";
import { habilitationErrors, newHabilitationBody, type NewAccountErrors, type NewHabilitation } from "./newAccount";

/**
 * A user's page: give them a habilitation, or change one they hold (same application and
 * company: the API updates it). The page checks what it can, the API everything; a refusal is
 * said above the form and takes the focus. Done, the page reloads and says what was done.
 */
export function HabilitationGrant({
  userId,
  holder,
  applications,
  initial,
  fixed,
  onDone,
  onCancel,
}: {
  userId: string;
  holder: string;
  applications: Application[];
  initial: NewHabilitation;
  /** Change a habilitation held: its application and company are said, not asked. */
  fixed?: { applicationName: string; companyName: string };
  onDone: (text: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { admin } = useApp();
  const prefix = fixed ? "efp-admin-edit" : "efp-admin-grant";
  const [value, setValue] = useState(initial);
  const [errors, setErrors] = useState<NewAccountErrors>({});
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const refusalRef = useRef<HTMLDivElement>(null);

  // Opened: the first field takes the focus (the keyboard goes on from where it asked).
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("select, input")?.focus();
  }, []);
  useEffect(() => {
    if (refusal) refusalRef.current?.focus();
  }, [refusal]);

  const change = (next: NewHabilitation) => {
    setValue(next);
    if (Object.keys(errors).length > 0) setErrors(habilitationErrors(next, prefix));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = habilitationErrors(value, prefix);
    setErrors(found);
    setRefusal(undefined);
    if (focusFirstField(found)) return;
    setBusy(true);
    try {
      const granted = await admin.grant({ user: userId, ...newHabilitationBody(value) });
      const applicationName = applications.find((application) => application.clientId === value.application)?.name ?? value.application;
      onDone(t(fixed ? "adminHabilitationChanged" : "adminHabilitationGranted", applicationName, granted.company?.name ?? value.company.trim(), holder));
    } catch (caught) {
      setRefusal(asApiError(caught).message);
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} className="efp-panel" id={`${prefix}-form`} noValidate onSubmit={(event) => void submit(event)}>
      {refusal && (
        <div ref={refusalRef} tabIndex={-1} id={`${prefix}-refused`}>
          <ErrorAlert error={{ message: refusal }} />
        </div>
      )}
      <HabilitationBlock
        prefix={prefix}
        legend={fixed ? t("adminHabilitationChangeOf", fixed.applicationName, fixed.companyName) : t("adminHabilitationGrantTo", holder)}
        habilitation={value}
        applications={applications}
        errors={errors}
        fixed={fixed !== undefined}
        onChange={change}
      />
      <ButtonGroup inline="md" small>
        <Button type="submit" size="small" disabled={busy} nativeButtonProps={{ id: `${prefix}-submit` }}>
          {t(fixed ? "save" : "adminHabilitationGrant")}
        </Button>
        <Button type="button" size="small" priority="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </ButtonGroup>
    </form>
  );
}
