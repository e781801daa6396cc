// The shape of realm-config once loaded, inferred from the schema (schema.ts).
import type { z } from "zod";
import type { TokenSettings } from "./tokens.js";
import type {
  adfsStandInSchema,
  applicationSchema,
  authenticationSchema,
  companySchema,
  habilitationSchema,
  identityProviderSchema,
  ministrySchema,
  realmSchema,
  userSchema,
} from "./schema.js";

/**
 * The emailed validation code (account creation, forgotten password): seconds it lives, wrong
 * tries it survives, seconds between two sends. Each one left out keeps the server's value
 * (10 min, 5, 60 s unless Keycloak's SPI options say otherwise). Checked by validation-code.ts.
 */
export type ValidationCodeSettings = { validitySeconds?: number; maxAttempts?: number; resendSeconds?: number };
export type RealmSettings = Omit<z.infer<typeof realmSchema>, "validationCode" | "tokens"> & {
  validationCode?: ValidationCodeSettings;
  tokens?: TokenSettings;
  /** The environment realm-config was loaded for (dev, test, production): set by the loader, not in realm.yaml. */
  environment?: string;
};
export type Application = z.infer<typeof applicationSchema>;
export type ApplicationRole = Application["roles"][number];
export type Authentication = z.infer<typeof authenticationSchema>;
export type Flow = Authentication["flows"][number];
export type FlowStep = Flow["steps"][number];
export type RequiredAction = NonNullable<Authentication["requiredActions"]>[number];
export type Requirement = FlowStep["requirement"];
export type IdentityProvider = z.infer<typeof identityProviderSchema>;
export type Ministry = z.infer<typeof ministrySchema>;
export type Company = z.infer<typeof companySchema>;
export type Habilitation = z.infer<typeof habilitationSchema>;
export type DemoUser = z.infer<typeof userSchema>;
export type AdfsStandIn = z.infer<typeof adfsStandInSchema>;

export interface RealmConfig {
  realm: RealmSettings;
  authentication?: Authentication;
  applications: Application[];
  identityProviders: IdentityProvider[];
  ministries: Ministry[];
  users: DemoUser[];
  companies: Company[];
  habilitations: Habilitation[];
  /** Realms playing the ministries' ADFS (dev and test only). */
  adfsStandIns: AdfsStandIn[];
}
