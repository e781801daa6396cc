// Ministerial structures and companies go through the extension's admin API, which checks each
// SIRET and writes the audit log: the configuration gets no shortcut around the rules.
import { ApiError, type Company as CompanyView } from "@efp/contract";
import type { EfpApi } from "../api/client.js";
import type { Company, Ministry } from "../config/model.js";
import type { Change } from "./changes.js";

async function existing(api: EfpApi, alias: string): Promise<CompanyView | undefined> {
  try {
    return await api.request<CompanyView>("GET", `companies/${encodeURIComponent(alias)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

async function declare(api: EfpApi, alias: string, body: Record<string, unknown>, resource: string, dryRun: boolean): Promise<Change[]> {
  const current = await existing(api, alias);
  if (current) {
    const fields = [current.name !== body.name && "name", (current.address ?? undefined) !== (body.address ?? undefined) && "address"].filter(
      Boolean,
    ) as string[];
    // Names and addresses come from the directory once declared: reported, never overwritten.
    return fields.length > 0 ? [{ action: "update", resource: `${resource} (différence non appliquée)`, fields }] : [];
  }
  if (!dryRun) await api.request("POST", "companies", body);
  return [{ action: "create", resource }];
}

export function applyMinistry(api: EfpApi, ministry: Ministry, dryRun: boolean): Promise<Change[]> {
  return declare(
    api,
    ministry.code,
    { kind: "ministry", code: ministry.code, name: ministry.name, address: ministry.address },
    `structure ${ministry.code}`,
    dryRun,
  );
}

export function applyCompany(api: EfpApi, company: Company, dryRun: boolean): Promise<Change[]> {
  return declare(
    api,
    company.siret,
    { kind: "company", siret: company.siret, name: company.name, address: company.address },
    `company ${company.siret}`,
    dryRun,
  );
}
