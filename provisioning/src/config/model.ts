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
  applications: Application[];
  users: DemoUser[];
}
