// `efp directory search`: the realm's directory (local or API Recherche d'entreprises).
import type { DirectoryEntry, DirectoryResult } from "@efp/contract";
import type { EfpApi } from "../api/client.js";

export interface SearchOptions {
  /** 1 to 100, default 20. */
  max?: number;
  /** Leave closed establishments out. */
  activeOnly?: boolean;
}

/** Company name words (the last may be unfinished) or the beginning of a SIRET/SIREN. */
export async function searchDirectory(api: EfpApi, query: string, options: SearchOptions = {}): Promise<DirectoryResult> {
  return api.request<DirectoryResult>("GET", "directory", undefined, { q: query, max: options.max, active: options.activeOnly ? "true" : undefined });
}

/** "ROBERT BOSCH FRANCE  SIRET : 57206768400017  32 AVENUE MICHELET 93400 SAINT-OUEN-SUR-SEINE", as the seed's list shows it. */
export function formatEntry(entry: DirectoryEntry): string {
  const address = [entry.address, entry.postalCode, entry.city].filter(Boolean).join(" ");
  const name = entry.tradeName ? `${entry.name} (${entry.tradeName})` : entry.name;
  return `${name}  SIRET : ${entry.siret}  ${address}${entry.active ? "" : "  [fermé]"}`;
}

/** "64 résultats affichés sur 64", "20 résultats affichés sur plus de 1 000". */
export function formatCount(result: DirectoryResult): string {
  const shown = result.items.length;
  const total = result.total.toLocaleString("fr-FR").replace(/\u202f|\u00a0/g, " ");
  return `${shown} résultat${shown > 1 ? "s" : ""} affiché${shown > 1 ? "s" : ""} sur ${result.totalCapped ? "plus de " : ""}${total}`;
}
