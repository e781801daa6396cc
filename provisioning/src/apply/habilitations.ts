import type { Habilitation as HabilitationView, HabilitationsPage } from "@efp/contract";
import type { EfpApi } from "../api/client.js";
import type { Habilitation } from "../config/model.js";
import type { Change } from "./changes.js";

const sameInstant = (a?: string | null, b?: string | null) => (a ? Date.parse(a) : null) === (b ? Date.parse(b) : null);

/** Demo habilitations: granted (or brought in line) through the admin API, audited like any grant. */
export async function applyHabilitation(api: EfpApi, habilitation: Habilitation, dryRun: boolean): Promise<Change[]> {
  const resource = `habilitation ${habilitation.user} ${habilitation.application} ${habilitation.company}`;
  let current: HabilitationView | undefined;
  try {
    const page = await api.request<HabilitationsPage>("GET", "habilitations", undefined, {
      application: habilitation.application,
      company: habilitation.company,
      user: habilitation.user,
    });
    current = page.items[0];
  } catch (error) {
    // A company or user not created yet (first apply in dry run): it will be a creation.
    if (!dryRun) throw error;
  }
  if (current) {
    const fields = [
      [...current.roles].sort().join() !== [...habilitation.roles].sort().join() && "roles",
      current.accessManager !== habilitation.accessManager && "accessManager",
      current.kind !== habilitation.kind && "kind",
      !sameInstant(current.expiresAt, habilitation.expiresAt) && "expiresAt",
    ].filter(Boolean) as string[];
    if (fields.length === 0) return [];
    if (!dryRun) await api.request("POST", "habilitations", habilitation);
    return [{ action: "update", resource, fields }];
  }
  if (!dryRun) await api.request("POST", "habilitations", habilitation);
  return [{ action: "create", resource }];
}
