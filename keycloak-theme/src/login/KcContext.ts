import type { ExtendKcContext } from "keycloakify/login";
import type { KcEnvName, ThemeName } from "../kc.gen";
import type { CaptchaContext } from "./components/Captcha";

export type KcContextExtension = {
  themeName: ThemeName;
  properties: Record<KcEnvName, string>;
};

/** Set by keycloak-extension's CAPTCHA steps (CaptchaFormBean); absent when none is configured. */
type WithCaptcha = { captcha?: CaptchaContext };

/** keycloak-extension's EmailCodePage: the "code de validation" page. */
export type EmailCodeContext = {
  /** Already masked by the server, e.g. m***@exemple.fr. */
  email: string;
  codeLength: number;
  /** How long the code lives, in minutes rounded up (the realm's policy). */
  validityMinutes: number;
  attemptsLeft: number;
  /** 0: a new code may be asked for now. */
  resendInSeconds: number;
  purpose: "registration" | "reset-password";
};

/** keycloak-extension's AccessGateAuthenticator: "Vous n'avez pas accès au service numérique X". */
export type AccessGateContext = {
  applicationName: string;
  applicationClientId: string;
  /**
   * Agents only: their ministerial structure, which their request is for (no directory search);
   * a blank code when their ADFS gave them none.
   */
  agentStructure?: { code: string; name: string };
  /** Professionals on an application with RA codes: the code form is offered. */
  raCodesEnabled: boolean;
  descriptionMaxLength: number;
  minQueryLength: number;
  pending: { id: string; companyName: string; siret: string; createdAt: string; description: string }[];
  query: string;
  searched: boolean;
  results: { siret: string; name: string; address: string }[];
  total: number;
  /** The directory stopped counting at `total`: there are more. */
  totalCapped?: boolean;
  message?: { type: "success" | "error"; text: string };
  /** Which form the message is about: search, request, cancel, ra_code. */
  errorField: string;
};

/** keycloak-extension's CompanyChoiceRequiredAction: "Pour quel établissement agissez-vous ?". */
export type CompanyChoiceContext = {
  applicationName: string;
  /** Companies the person holds habilitations for on the application. */
  total: number;
  /** More than the page shows at once: the filter is offered. */
  searchable: boolean;
  query: string;
  /** Companies matching the filter (all of them without one). */
  matched: number;
  /** At most 20, sorted by name; alias is the SIRET (siret true) or a ministerial structure's code. */
  companies: { alias: string; name: string; siret: boolean; roles: string[] }[];
};

/** keycloak-extension's CharterRequiredAction: the access manager charter. */
export type CharterContext = { version: string; title: string; paragraphs: string[] };

/** keycloak-extension's LoginPageTexts (realm.yaml loginPage): text name, then language. */
export type LoginTexts = Partial<Record<"formerPortal" | "passwordReset" | "agents", Partial<Record<string, string>>>>;

/**
 * Keys are page ids. A key Keycloak does not know (efp-email-code.ftl) is a page of ours:
 * keycloakify reads this file at build time and generates that .ftl too. Every attribute the
 * server sets with form.setAttribute reaches kcContext (the generated .ftl serializes the whole
 * FreeMarker data model); these types only say what to expect.
 */
export type KcContextExtensionPerPage = {
  "login.ftl": WithCaptcha & { loginTexts?: LoginTexts };
  "register.ftl": WithCaptcha;
  // The address typed before a new CAPTCHA or a wrong one, sent back by the server (formData).
  "login-reset-password.ftl": WithCaptcha & { login?: { username?: string } };
  "efp-email-code.ftl": { emailCode: EmailCodeContext };
  "efp-access-gate.ftl": { accessGate: AccessGateContext };
  "efp-charter.ftl": { charter: CharterContext };
  // After "Je refuse la charte": the person is signed out (CharterRequiredAction).
  "efp-charter-declined.ftl": { charterDeclined: { version: string; title: string } };
  // GET /realms/{realm}/efp-guide/agents (AgentsGuideResource), reachable without signing in.
  "efp-agents-guide.ftl": { loginTexts?: LoginTexts };
  "efp-company-choice.ftl": { companyChoice: CompanyChoiceContext };
};

export type KcContext = ExtendKcContext<KcContextExtension, KcContextExtensionPerPage>;
