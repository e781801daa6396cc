import type KcAdminClient from "@keycloak/keycloak-admin-client";
import type { RealmSettings } from "../config/model.js";
import { differingFields, type Change } from "./changes.js";

/** The realm representation our settings stand for (Keycloak stores SMTP values as strings). */
export function realmRepresentation(settings: RealmSettings): Record<string, unknown> {
  const { internationalization, smtp, bruteForce, captcha, ...plain } = settings;
  return {
    ...plain,
    ...bruteForce,
    ...(captcha && { attributes: { "efp.captcha.provider": captcha.provider } }),
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

export async function applyRealm(kc: KcAdminClient, settings: RealmSettings): Promise<Change[]> {
  const desired = realmRepresentation(settings);
  const current = await kc.realms.findOne({ realm: settings.realm });
  if (!current) {
    await kc.realms.create(desired);
    return [{ action: "create", resource: `realm ${settings.realm}` }];
  }
  const fields = differingFields(desired, current as Record<string, unknown>);
  if (fields.length === 0) return [];
  await kc.realms.update({ realm: settings.realm }, desired);
  return [{ action: "update", resource: `realm ${settings.realm}`, fields }];
}
