import type KcAdminClient from "@keycloak/keycloak-admin-client";
import type { UnmanagedAttributePolicy } from "@keycloak/keycloak-admin-client/lib/defs/userProfileMetadata.js";
import type { RealmSettings } from "../config/model.js";
import { differingFields, type Change } from "./changes.js";

/** MinistryEmailDomains in the extension. */
export const AGENT_EMAIL_DOMAINS_ATTRIBUTE = "efp.agents.emailDomains";

/** The extension's validator keeping agents' identity read only (AgentIdentityValidator). */
export const AGENT_IDENTITY_VALIDATOR = "efp-agent-read-only";
// Not username: it is the email in this realm (README, "Agents' read-only identity").
export const AGENT_IDENTITY_ATTRIBUTES = ["email", "firstName", "lastName"];

type ProfileConfig = Awaited<ReturnType<KcAdminClient["users"]["getProfile"]>>;

/**
 * The user profile with AGENT_IDENTITY_VALIDATOR on the identity attributes (added where missing,
 * the rest untouched), or null when every attribute has it already.
 */
export function withAgentIdentityValidator(profile: ProfileConfig): ProfileConfig | null {
  let changed = false;
  const attributes = (profile.attributes ?? []).map((attribute) => {
    if (!AGENT_IDENTITY_ATTRIBUTES.includes(attribute.name ?? "") || attribute.validations?.[AGENT_IDENTITY_VALIDATOR]) return attribute;
    changed = true;
    return { ...attribute, validations: { ...(attribute.validations ?? {}), [AGENT_IDENTITY_VALIDATOR]: {} } };
  });
  return changed ? { ...profile, attributes } : null;
}

/** Realm attributes our extension reads (CaptchaSettings, CaptchaThrottlePolicy, ValidationCodePolicy, HabilitationSettings, TokenSettings), from the settings. */
export function extensionAttributes(settings: Pick<RealmSettings, "captcha" | "validationCode" | "habilitations" | "tokens">): Record<string, string> {
  const { captcha, validationCode, habilitations, tokens } = settings;
  const attributes: Record<string, string> = {};
  if (captcha) attributes["efp.captcha.provider"] = captcha.provider;
  if (captcha?.throttle?.maxFailuresPerSession !== undefined) attributes["efp.captcha.maxFailuresPerSession"] = String(captcha.throttle.maxFailuresPerSession);
  if (captcha?.throttle?.maxFailuresPerAddress !== undefined) attributes["efp.captcha.maxFailuresPerAddress"] = String(captcha.throttle.maxFailuresPerAddress);
  if (captcha?.throttle?.addressWindowSeconds !== undefined) attributes["efp.captcha.addressWindowSeconds"] = String(captcha.throttle.addressWindowSeconds);
  if (validationCode?.validitySeconds !== undefined) attributes["efp.validationCode.validitySeconds"] = String(validationCode.validitySeconds);
  if (validationCode?.maxAttempts !== undefined) attributes["efp.validationCode.maxAttempts"] = String(validationCode.maxAttempts);
  if (validationCode?.resendSeconds !== undefined) attributes["efp.validationCode.resendSeconds"] = String(validationCode.resendSeconds);
  if (habilitations) attributes["efp.habilitations.thirdPartyMaxYears"] = String(habilitations.thirdPartyMaxYears);
  if (tokens?.maxHabilitations !== undefined) attributes["efp.tokens.maxHabilitations"] = String(tokens.maxHabilitations);
  // EFP ADMIN's new applications get their efp-identity mapper with these names (ApplicationClients).
  if (tokens?.claims) {
    attributes["efp.tokens.claims.userKind"] = tokens.claims.userKind;
    attributes["efp.tokens.claims.structure"] = tokens.claims.structure;
  }
  return attributes;
}

/** realm.yaml loginPage: one attribute per text and language (LoginPageTexts in the extension). */
export function loginPageAttributes(loginPage: RealmSettings["loginPage"]): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [name, texts] of Object.entries(loginPage ?? {})) {
    if (!texts) continue;
    for (const [language, value] of Object.entries(texts)) attributes[`efp.loginPage.${name}.${language}`] = value;
  }
  return attributes;
}

/** Keycloak's event listener of the extension that keeps each account's last sign-in (LastLoginListenerFactory). */
export const LAST_LOGIN_LISTENER = "efp-last-login";

/**
 * realm.yaml events: Keycloak stores these types for that many days, and the realm's listeners
 * are Keycloak's log and the extension's last sign-in.
 */
export function eventSettings(events: RealmSettings["events"]): Record<string, unknown> {
  if (!events) return {};
  return {
    eventsEnabled: true,
    eventsExpiration: events.expirationDays * 86_400,
    enabledEventTypes: events.types,
    eventsListeners: ["jboss-logging", LAST_LOGIN_LISTENER],
  };
}

/** The realm representation our settings stand for (Keycloak stores SMTP values and attributes as strings). */
export function realmRepresentation(settings: RealmSettings): Record<string, unknown> {
  const {
    internationalization,
    smtp,
    bruteForce,
    captcha,
    validationCode,
    habilitations,
    tokens,
    unmanagedAttributePolicy: _profilePolicy,
    roles: _roles,
    adminClients: _adminClients,
    charter,
    directory,
    loginPage,
    agents,
    events,
    environment,
    ...plain
  } = settings;
  const attributes = {
    ...extensionAttributes({ captcha, validationCode, habilitations, tokens }),
    ...(directory && { "efp.directory.source": directory.source }),
    ...(charter && { "efp.charter.version": charter.version, "efp.charter.title": charter.title, "efp.charter.text": charter.text }),
    ...loginPageAttributes(loginPage),
    ...(agents && { [AGENT_EMAIL_DOMAINS_ATTRIBUTE]: agents.emailDomains.join(",") }),
    // TestAccounts in the extension: no test account in production.
    ...(environment && { "efp.environment": environment }),
  };
  return {
    ...plain,
    ...bruteForce,
    ...eventSettings(events),
    ...(Object.keys(attributes).length > 0 && { attributes }),
    ...(internationalization && {
      internationalizationEnabled: true,
      defaultLocale: internationalization.defaultLocale,
      supportedLocales: internationalization.supportedLocales,
    }),
    ...(smtp && {
      smtpServer: { host: smtp.host, port: String(smtp.port), from: smtp.from, ...(smtp.fromDisplayName && { fromDisplayName: smtp.fromDisplayName }) },
    }),
  };
}

export async function applyRealm(kc: KcAdminClient, settings: RealmSettings, dryRun = false): Promise<Change[]> {
  const desired = realmRepresentation(settings);
  const current = await kc.realms.findOne({ realm: settings.realm });
  const changes: Change[] = [];
  if (!current) {
    if (!dryRun) await kc.realms.create(desired);
    changes.push({ action: "create", resource: `realm ${settings.realm}` });
    if (dryRun) return changes;
  } else {
    const fields = differingFields(desired, current as Record<string, unknown>);
    if (fields.length > 0) {
      if (!dryRun) await kc.realms.update({ realm: settings.realm }, desired);
      changes.push({ action: "update", resource: `realm ${settings.realm}`, fields });
    }
  }
  let profile = await kc.users.getProfile({ realm: settings.realm });
  if (settings.unmanagedAttributePolicy) {
    if (profile.unmanagedAttributePolicy !== settings.unmanagedAttributePolicy) {
      // The client types the policy as an enum whose values are these very strings.
      profile = { ...profile, unmanagedAttributePolicy: settings.unmanagedAttributePolicy as UnmanagedAttributePolicy };
      if (!dryRun) await kc.users.updateProfile({ realm: settings.realm, ...profile });
      changes.push({ action: "update", resource: `realm ${settings.realm} user profile`, fields: ["unmanagedAttributePolicy"] });
    }
  }
  // Agents' names and email are their ministry's: refused on their own account (the extension's validator).
  const guarded = withAgentIdentityValidator(profile);
  if (guarded) {
    if (!dryRun) await kc.users.updateProfile({ realm: settings.realm, ...guarded });
    changes.push({
      action: "update",
      resource: `realm ${settings.realm} user profile`,
      fields: AGENT_IDENTITY_ATTRIBUTES.map((name) => `${name}.validations`),
    });
  }
  return changes;
}

/** Realm roles declared in realm.yaml (descriptions kept in line). */
export async function applyRealmRoles(kc: KcAdminClient, settings: RealmSettings, dryRun: boolean): Promise<Change[]> {
  const changes: Change[] = [];
  for (const role of settings.roles ?? []) {
    const current = await kc.roles.findOneByName({ realm: settings.realm, name: role.name });
    const description = role.description ?? "";
    if (!current) {
      if (!dryRun) await kc.roles.create({ realm: settings.realm, name: role.name, description });
      changes.push({ action: "create", resource: `realm role ${role.name}` });
    } else if ((current.description ?? "") !== description) {
      if (!dryRun) await kc.roles.updateByName({ realm: settings.realm, name: role.name }, { ...current, description });
      changes.push({ action: "update", resource: `realm role ${role.name}`, fields: ["description"] });
    }
  }
  return changes;
}
