import { Alert, type AlertProps } from "@codegouvfr/react-dsfr/Alert";
import { kcSanitize } from "keycloakify/lib/kcSanitize";
import type { KcContext } from "../KcContext";

type Message = NonNullable<KcContext["message"]>;

const severityByType: Record<Message["type"], AlertProps.Severity> = {
  success: "success",
  warning: "warning",
  error: "error",
  info: "info",
};

export const messageAlertId = "kc-message";

/**
 * Keycloak's feedback for the whole form, shown once. Its text comes from Keycloak's message
 * bundles and may hold markup, hence the sanitizer.
 */
export function MessageAlert({ message }: { message: Message }) {
  const isProblem = message.type === "error" || message.type === "warning";

  return (
    <Alert
      id={messageAlertId}
      className="fr-mb-4w"
      small
      severity={severityByType[message.type]}
      role={isProblem ? "alert" : "status"}
      description={<span dangerouslySetInnerHTML={{ __html: kcSanitize(message.summary) }} />}
    />
  );
}
