// The schema of realm-config/, checked after ${VAR} substitution. Errors name the file and the
// path (see load.ts). The TypeScript types of the configuration are inferred from here.
import { z } from "zod";
import { isSiretValid } from "../company/siret.js";

const text = z.string().trim().min(1, "une chaîne non vide est attendue");
const url = z.string().url("une URL est attendue");
const port = z.union([z.number().int(), z.string().regex(/^[0-9]+$/, "un numéro de port est attendu")]);
const siret = z.string().refine(isSiretValid, "SIRET invalide : 14 chiffres avec une clé de contrôle correcte");
const roleName = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "nom de rôle : minuscules, chiffres et tirets (ex. administrateur-projet)");
const emailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "nom de domaine attendu (ex. travail.gouv.fr)");
/** A list, or one string of comma-separated items (what a ${VAR} gives). */
const listOf = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(",")
            .map((part) => part.trim())
            .filter((part) => part !== "")
        : value,
    z.array(item),
  );
const ministryCode = z.string().regex(/^[A-Z][A-Z0-9-]{1,31}$/, "code de structure : majuscules, chiffres et tirets (ex. DGEFP)");

export const realmSchema = z
  .object({
    realm: text,
    displayName: z.string().optional(),
    enabled: z.boolean().optional(),
    loginTheme: z.string().optional(),
    emailTheme: z.string().optional(),
    /** Mon compte, served at /realms/{realm}/account/ (keycloak-theme, src/account). */
    accountTheme: z.string().optional(),
    internationalization: z
      .object({ defaultLocale: text, supportedLocales: z.array(text).min(1) })
      .strict()
      .optional(),
    registrationAllowed: z.boolean().optional(),
    registrationEmailAsUsername: z.boolean().optional(),
    loginWithEmailAllowed: z.boolean().optional(),
    duplicateEmailsAllowed: z.boolean().optional(),
    resetPasswordAllowed: z.boolean().optional(),
    rememberMe: z.boolean().optional(),
    organizationsEnabled: z.boolean().optional(),
    bruteForceProtected: z.boolean().optional(),
    bruteForce: z
      .object({
        permanentLockout: z.boolean().optional(),
        failureFactor: z.number().int().positive().optional(),
        waitIncrementSeconds: z.number().int().nonnegative().optional(),
        maxFailureWaitSeconds: z.number().int().nonnegative().optional(),
        maxDeltaTimeSeconds: z.number().int().nonnegative().optional(),
        minimumQuickLoginWaitSeconds: z.number().int().nonnegative().optional(),
        quickLoginCheckMilliSeconds: z.number().int().nonnegative().optional(),
      })
      .strict()
      .optional(),
    passwordPolicy: z.string().optional(),
    captcha: z
      .object({
        provider: text,
        /** Wrong CAPTCHAs tolerated per login session, and per client address within a window (CaptchaThrottlePolicy). */
        throttle: z
          .object({
            maxFailuresPerSession: z.number().int().min(1, "au moins 1").max(1000, "au plus 1000"),
            maxFailuresPerAddress: z.number().int().min(1, "au moins 1").max(1000, "au plus 1000"),
            addressWindowSeconds: z.number().int().min(10, "au moins 10 secondes").max(86400, "au plus 86400 secondes (un jour)"),
          })
          .partial()
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    /** Where "Raison sociale ou SIRET" searches: local (our tables, default) or recherche-entreprises. */
    directory: z
      .object({ source: z.enum(["local", "recherche-entreprises"]) })
      .strict()
      .optional(),
    /**
     * Rules for habilitations: a third-party delegation ends at most thirdPartyMaxYears after the
     * day it is given (realm attribute efp.habilitations.thirdPartyMaxYears, default 3).
     */
    habilitations: z
      .object({
        thirdPartyMaxYears: z.preprocess(
          (value) => (typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
          z
            .number({ invalid_type_error: "un nombre entier d'années est attendu" })
            .int("un nombre entier d'années est attendu")
            .min(1, "au moins 1 an")
            .max(10, "au plus 10 ans"),
        ),
      })
      .strict()
      .optional(),
    /**
     * Ministry agents: addresses of these domains (and their subdomains) are agents' (realm
     * attribute efp.agents.emailDomains). "Mot de passe oublié" and "Créer mon compte" answer
     * them with the agents' way in, without looking for an account; a professional cannot take one.
     */
    agents: z
      .object({ emailDomains: listOf(emailDomain) })
      .strict()
      .optional(),
    /** Checked in detail by validation-code.ts (numbers may come from ${VAR} as strings). */
    validationCode: z.unknown().optional(),
    /** How many habilitations a token lists before the overage marker; checked by tokens.ts. */
    tokens: z.unknown().optional(),
    unmanagedAttributePolicy: z.enum(["ENABLED", "ADMIN_VIEW", "ADMIN_EDIT"]).optional(),
    smtp: z
      .object({ host: text, port, from: z.string().email("une adresse électronique est attendue"), fromDisplayName: z.string().optional() })
      .strict()
      .optional(),
    /**
     * Keycloak's stored events (EFP ADMIN's user history) and the last sign-in kept by the
     * extension's efp-last-login listener.
     */
    events: z
      .object({
        /** Days an event is kept (then Keycloak deletes it). */
        expirationDays: z.number().int().min(1, "au moins 1 jour").max(3650, "au plus 3650 jours"),
        /** The event types stored (Keycloak's names: LOGIN, LOGIN_ERROR…). */
        types: z.array(z.string().regex(/^[A-Z_]+$/, "un type d'événement Keycloak en majuscules (LOGIN…)")).min(1),
      })
      .strict()
      .optional(),
    /** Realm roles (the administrators' role of the admin API among them). */
    roles: z.array(z.object({ name: text, description: z.string().optional() }).strict()).optional(),
    /**
     * Texts of the login page, French and English (realm attributes efp.loginPage.<text>.<fr|en>,
     * read by the extension's login step): to people of the former portal, the password reset
     * migrated professionals do once, and to agents (their prefix; the guide is linked).
     */
    loginPage: z
      .object({
        formerPortal: z.object({ fr: text, en: text }).strict().optional(),
        passwordReset: z.object({ fr: text, en: text }).strict().optional(),
        agents: z.object({ fr: text, en: text }).strict().optional(),
      })
      .strict()
      .optional(),
    /** The access manager charter (realm-config/charter.yaml): a new version is asked again. */
    charter: z.object({ version: text, title: text, text: text }).strict().optional(),
    /** Confidential clients for automation (the efp CLI): a service account with realm roles. */
    adminClients: z
      .array(z.object({ clientId: text, description: z.string().optional(), secret: text, realmRoles: z.array(text).default([]) }).strict())
      .optional(),
  })
  .strict();

export const applicationSchema = z
  .object({
    clientId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "clientId : minuscules, chiffres et tirets"),
    name: text,
    description: z.string().optional(),
    url,
    /** The application's logo (EFP ADMIN shows it); left alone by efp apply when not declared. */
    logoUrl: url.optional(),
    redirectUris: z.array(url).min(1, "au moins une URL est attendue"),
    postLogoutRedirectUris: z.array(url).optional(),
    secret: text,
    raCodesEnabled: z.boolean().default(false),
    listedPublicly: z.boolean().default(false),
    roles: z
      .array(
        z
          .object({
            name: roleName.refine((name) => !name.startsWith("efp-"), "les rôles efp-* sont réservés aux administrateurs"),
            /** The role as people read it, in French (screens, emails); without it, the name. */
            description: z.string().optional(),
            /** The same in English; without it, the French label. */
            descriptionEn: z.string().optional(),
          })
          .strict(),
      )
      .min(1, "une application déclare au moins un rôle")
      .refine((roles) => new Set(roles.map((role) => role.name)).size === roles.length, "rôle déclaré deux fois"),
  })
  .strict();

const requirement = z.enum(["REQUIRED", "ALTERNATIVE", "DISABLED", "CONDITIONAL"]);
type StepInput = {
  authenticator?: string;
  subflow?: string;
  type?: "basic-flow" | "form-flow";
  form?: string;
  requirement: z.infer<typeof requirement>;
  steps?: StepInput[];
};
const stepSchema: z.ZodType<StepInput> = z.lazy(() =>
  z
    .object({
      authenticator: z.string().optional(),
      subflow: z.string().optional(),
      type: z.enum(["basic-flow", "form-flow"]).optional(),
      form: z.string().optional(),
      requirement,
      steps: z.array(stepSchema).min(1).optional(),
    })
    .strict()
    .refine((step) => Boolean(step.authenticator) !== Boolean(step.subflow), "soit authenticator, soit subflow")
    .refine((step) => !step.subflow || (step.steps?.length ?? 0) > 0, "un subflow a au moins une étape"),
);

export const authenticationSchema = z
  .object({
    flows: z.array(z.object({ alias: text, description: z.string().optional(), steps: z.array(stepSchema).min(1) }).strict()),
    bindings: z
      .object({
        browserFlow: z.string().optional(),
        registrationFlow: z.string().optional(),
        resetCredentialsFlow: z.string().optional(),
        directGrantFlow: z.string().optional(),
      })
      .strict(),
    requiredActions: z
      .array(
        z
          .object({ alias: text, name: text, enabled: z.boolean(), defaultAction: z.boolean().optional(), priority: z.number().int().nonnegative().optional() })
          .strict(),
      )
      .optional(),
  })
  .strict()
  .superRefine((value, context) => {
    const aliases = new Set(value.flows.map((flow) => flow.alias));
    for (const [binding, alias] of Object.entries(value.bindings)) {
      if (alias && !aliases.has(alias))
        context.addIssue({ code: z.ZodIssueCode.custom, path: ["bindings", binding], message: `le flux « ${alias} » n'est pas déclaré` });
    }
  });

/**
 * A SAML 2.0 broker to a ministry ADFS; its agents become members of `structure`, or of the
 * structure its `structureClaim` attribute names (values mapped to codes by `structureValues`).
 * Endpoints and signing certificate come from the ADFS's federation metadata (`metadataUrl`).
 */
export const identityProviderSchema = z
  .object({
    alias: z.string().regex(/^[a-z][a-z0-9-]{1,31}$/, "alias : minuscules, chiffres et tirets"),
    displayName: text,
    /** Domain prefix agents type (hydre\\jdupont). */
    domainPrefix: z.string().regex(/^[a-z0-9._-]{1,64}$/, "préfixe de domaine : minuscules, chiffres, point, tiret (ex. hydre)"),
    structure: ministryCode,
    /** The service provider entity id the ADFS knows the realm by (its relying party trust). */
    entityId: text,
    /** The ADFS federation metadata (…/FederationMetadata/2007-06/FederationMetadata.xml). */
    metadataUrl: url,
    /** The first-broker-login flow of authentication.yaml (account created or linked, no form). */
    firstBrokerLoginFlow: text,
    /** Assertion attribute naming the agent's structure (claim type URI). */
    structureClaim: z.string().optional(),
    /** Value of structureClaim as the ADFS sends it → code of ministries.yaml. */
    structureValues: z.record(ministryCode).optional(),
    /**
     * Ask the ADFS's sign-in address (at most every few seconds) before sending an agent there,
     * so that an ADFS down gets our page instead of the browser's. Off only if this Keycloak
     * cannot reach the ADFS while browsers can.
     */
    reachabilityCheck: z.boolean().default(true),
    enabled: z.boolean().default(true),
  })
  .strict();

/**
 * A Keycloak realm playing a ministry's ADFS for `provider` (dev and test overlays only, never
 * production): SAML 2.0 IdP with signed assertions and the ADFS claim names, and demo agents.
 */
export const adfsStandInSchema = z
  .object({
    realm: z.string().regex(/^adfs-[a-z0-9-]{1,40}$/, "realm : adfs-<nom> (ex. adfs-hydre)"),
    provider: text,
    /** The Windows domain (HYDRE): windowsaccountname is DOMAIN\\login. */
    domain: z.string().regex(/^[A-Z0-9-]{1,15}$/, "domaine Windows : majuscules (ex. HYDRE)"),
    /** UPN suffix: login@upnSuffix. */
    upnSuffix: text,
    agents: z
      .array(
        z
          .object({
            login: z.string().regex(/^[a-z0-9._-]{1,64}$/, "identifiant Windows : minuscules, chiffres, point, tiret"),
            /** The immutable id the ADFS sends as persistent NameID (objectGUID). */
            id: z.string().uuid("un UUID est attendu (objectGUID)"),
            firstName: text,
            lastName: text,
            email: z.string().email("une adresse électronique est attendue"),
            password: text,
            /** Value of the provider's structureClaim, as the ADFS would send it. */
            structure: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export const ministrySchema = z.object({ code: ministryCode, name: text, address: z.string().optional() }).strict();

export const companySchema = z.object({ siret, name: text, address: z.string().optional() }).strict();

export const habilitationSchema = z
  .object({
    user: text,
    application: text,
    company: text,
    roles: z.array(text).default([]),
    accessManager: z.boolean().default(false),
    kind: z.enum(["member", "third-party"]).default("member"),
    expiresAt: z.string().datetime({ message: "date ISO 8601 attendue (ex. 2027-06-30T00:00:00Z)" }).optional(),
  })
  .strict()
  .refine((habilitation) => habilitation.kind !== "third-party" || habilitation.expiresAt !== undefined, {
    message: "une délégation à un tiers a une date de fin (expiresAt), dans la limite de realm.yaml habilitations.thirdPartyMaxYears",
    path: ["expiresAt"],
  });

export const userSchema = z
  .object({
    email: z.string().email("une adresse électronique est attendue"),
    firstName: text,
    lastName: text,
    password: text,
    realmRoles: z.array(text).optional(),
    /** Client roles by clientId, e.g. { soffi: [efp-application-admin] }. */
    clientRoles: z.record(z.array(text)).optional(),
  })
  .strict();

export const overlaySchema = z
  .object({
    defaults: z.record(z.string()).default({}),
    users: z.array(userSchema).default([]),
    companies: z.array(companySchema).default([]),
    habilitations: z.array(habilitationSchema).default([]),
    adfsStandIns: z.array(adfsStandInSchema).default([]),
  })
  .strict();

export const ministriesFileSchema = z.object({ ministries: z.array(ministrySchema) }).strict();
