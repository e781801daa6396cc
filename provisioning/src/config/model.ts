// The shape of realm-config once loaded. Issue 4 adds a JSON schema with per-path errors; for
// now load.ts checks the fields the platform needs.

export interface RealmSettings {
  realm: string;
  displayName?: string;
  enabled?: boolean;
  loginTheme?: string;
  internationalization?: { defaultLocale: string; supportedLocales: string[] };
  registrationAllowed?: boolean;
  registrationEmailAsUsername?: boolean;
  loginWithEmailAllowed?: boolean;
  duplicateEmailsAllowed?: boolean;
  resetPasswordAllowed?: boolean;
  rememberMe?: boolean;
  bruteForceProtected?: boolean;
  /** Keycloak's brute-force detection settings, as in the realm representation. */
  bruteForce?: {
    permanentLockout?: boolean;
    failureFactor?: number;
    waitIncrementSeconds?: number;
    maxFailureWaitSeconds?: number;
    maxDeltaTimeSeconds?: number;
    minimumQuickLoginWaitSeconds?: number;
    quickLoginCheckMilliSeconds?: number;
  };
  passwordPolicy?: string;
  /** Which CAPTCHA provider the login pages use: builtin, captchetat (fixed: tests only). */
  captcha?: { provider: string };
  /**
   * The emailed validation code (account creation, forgotten password): seconds it lives, wrong
   * tries it survives, seconds between two sends. Each one left out keeps the server's value
   * (10 min, 5, 60 s unless Keycloak's SPI options say otherwise).
   */
  validationCode?: { validitySeconds?: number; maxAttempts?: number; resendSeconds?: number };
  emailTheme?: string;
  /** Keycloak's user profile: who may read and write attributes the profile does not declare. */
  unmanagedAttributePolicy?: "ENABLED" | "ADMIN_VIEW" | "ADMIN_EDIT";
  smtp?: { host: string; port: string | number; from: string; fromDisplayName?: string };
}

export interface ApplicationRole {
  name: string;
  description?: string;
}

export interface Application {
  clientId: string;
  name: string;
  description?: string;
  url: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  secret: string;
  raCodesEnabled?: boolean;
  listedPublicly?: boolean;
  roles?: ApplicationRole[];
}

export interface DemoUser {
  email: string;
  firstName: string;
  lastName: string;
  password: string;
}

export interface RealmConfig {
  realm: RealmSettings;
  authentication?: Authentication;
  applications: Application[];
  users: DemoUser[];
}

export type Requirement = "REQUIRED" | "ALTERNATIVE" | "DISABLED" | "CONDITIONAL";

/** One step of a flow: an authenticator (or form action), or a nested flow with its own steps. */
export interface FlowStep {
  authenticator?: string;
  subflow?: string;
  /** For a subflow: "basic-flow" (default) or "form-flow" (registration form). */
  type?: "basic-flow" | "form-flow";
  /** For a form-flow: the form provider, e.g. registration-page-form. */
  form?: string;
  requirement: Requirement;
  steps?: FlowStep[];
}

export interface Flow {
  alias: string;
  description?: string;
  steps: FlowStep[];
}

export interface RequiredAction {
  alias: string;
  name: string;
  enabled: boolean;
  defaultAction?: boolean;
}

export interface Authentication {
  flows: Flow[];
  bindings: { browserFlow?: string; registrationFlow?: string; resetCredentialsFlow?: string };
  requiredActions?: RequiredAction[];
}
