// From the INSEE SIRENE stock files to the rows of the extension's directory
// (POST /efp-admin/directory/establishments). Pure functions: one CSV record in, one row out.
//
// StockUniteLegale gives the company name by SIREN; StockEtablissement gives each establishment
// (SIRET), its address, its sign and whether it is closed (etatAdministratifEtablissement = F).
import { columnIndex } from "./csv.js";
import { isSiretValid } from "../company/siret.js";

/** A row of the directory, as the extension's batch upsert takes it. */
export interface EstablishmentRow {
  siret: string;
  name: string;
  tradeName?: string;
  address?: string;
  postalCode?: string;
  city?: string;
  active: boolean;
}

export const UNIT_COLUMNS = ["siren"] as const;
export const UNIT_OPTIONAL_COLUMNS = [
  "denominationUniteLegale",
  "nomUniteLegale",
  "nomUsageUniteLegale",
  "prenomUsuelUniteLegale",
  "prenom1UniteLegale",
  "sigleUniteLegale",
] as const;
export const ESTABLISHMENT_COLUMNS = ["siret", "etatAdministratifEtablissement"] as const;
export const ESTABLISHMENT_OPTIONAL_COLUMNS = [
  "siren",
  "numeroVoieEtablissement",
  "indiceRepetitionEtablissement",
  "typeVoieEtablissement",
  "libelleVoieEtablissement",
  "distributionSpecialeEtablissement",
  "codePostalEtablissement",
  "libelleCommuneEtablissement",
  "libelleCommuneEtrangerEtablissement",
  "libellePaysEtrangerEtablissement",
  "enseigne1Etablissement",
  "denominationUsuelleEtablissement",
] as const;

/** Shown when INSEE publishes no name (a sole trader who opposed publication). */
export const UNDISCLOSED_NAME = "(NON DIFFUSIBLE)";

// The street type codes of SIRENE (typeVoieEtablissement), spelled out as on a letter.
const STREET_TYPES: Record<string, string> = {
  ALL: "ALLEE",
  AV: "AVENUE",
  BD: "BOULEVARD",
  CAR: "CARREFOUR",
  CHE: "CHEMIN",
  CHS: "CHAUSSEE",
  CITE: "CITE",
  COR: "CORNICHE",
  CRS: "COURS",
  DOM: "DOMAINE",
  DSC: "DESCENTE",
  ECA: "ECART",
  ESP: "ESPLANADE",
  FG: "FAUBOURG",
  GR: "GRANDE RUE",
  HAM: "HAMEAU",
  HLE: "HALLE",
  IMP: "IMPASSE",
  LD: "LIEU-DIT",
  LOT: "LOTISSEMENT",
  MAR: "MARCHE",
  MTE: "MONTEE",
  PARC: "PARC",
  PAS: "PASSAGE",
  PL: "PLACE",
  PLN: "PLAINE",
  PLT: "PLATEAU",
  PRO: "PROMENADE",
  PRV: "PARVIS",
  QUA: "QUARTIER",
  QUAI: "QUAI",
  RES: "RESIDENCE",
  RLE: "RUELLE",
  ROC: "ROCADE",
  RPT: "ROND-POINT",
  RTE: "ROUTE",
  RUE: "RUE",
  SEN: "SENTE",
  SQ: "SQUARE",
  TPL: "TERRE-PLEIN",
  TRA: "TRAVERSE",
  VLA: "VILLA",
  VLGE: "VILLAGE",
};

// indiceRepetitionEtablissement: B, T, Q, C after the street number.
const REPETITIONS: Record<string, string> = { B: "BIS", T: "TER", Q: "QUATER", C: "QUINQUIES" };

/** A field as published: trimmed, with INSEE's "[ND]" (not disclosed) read as absent. */
export function value(record: string[], index: number): string | undefined {
  if (index < 0 || index >= record.length) return undefined;
  const text = record[index].trim().replace(/\s+/g, " ");
  return text === "" || text === "[ND]" ? undefined : text;
}

export function streetType(code: string | undefined): string | undefined {
  if (!code) return undefined;
  return STREET_TYPES[code.toUpperCase()] ?? code;
}

export type UnitColumns = ReturnType<typeof unitColumns>;
export type EstablishmentColumns = ReturnType<typeof establishmentColumns>;

export function unitColumns(header: string[], file = "StockUniteLegale") {
  return columnIndex(header, UNIT_COLUMNS, UNIT_OPTIONAL_COLUMNS, file);
}

export function establishmentColumns(header: string[], file = "StockEtablissement") {
  return columnIndex(header, ESTABLISHMENT_COLUMNS, ESTABLISHMENT_OPTIONAL_COLUMNS, file);
}

/**
 * The company's name: its legal name (denominationUniteLegale) for a legal person, else first
 * and last name of the sole trader (usual first name and name of use when given).
 */
export function unitName(record: string[], columns: UnitColumns): string | undefined {
  const legal = value(record, columns.denominationUniteLegale);
  if (legal) return legal;
  const last = value(record, columns.nomUsageUniteLegale) ?? value(record, columns.nomUniteLegale);
  const first = value(record, columns.prenomUsuelUniteLegale) ?? value(record, columns.prenom1UniteLegale);
  if (!last && !first) return undefined;
  return [first, last].filter(Boolean).join(" ");
}

/** "268 RUE DE LA PRADE", "12 BIS AVENUE FOCH", or the special delivery line ("BP 15"). */
export function streetAddress(record: string[], columns: EstablishmentColumns): string | undefined {
  const number = value(record, columns.numeroVoieEtablissement);
  const repetition = value(record, columns.indiceRepetitionEtablissement);
  const parts = [
    number,
    repetition ? (REPETITIONS[repetition.toUpperCase()] ?? repetition) : undefined,
    streetType(value(record, columns.typeVoieEtablissement)),
    value(record, columns.libelleVoieEtablissement),
  ].filter(Boolean);
  if (parts.length > 0) return parts.join(" ");
  return value(record, columns.distributionSpecialeEtablissement);
}

/** Why a record of StockEtablissement gives no row. */
export type SkipReason = "invalid_siret";

/**
 * The directory row of one StockEtablissement record, its name found by SIREN in
 * StockUniteLegale (`nameOf`), or the reason it is skipped.
 */
export function establishmentRow(
  record: string[],
  columns: EstablishmentColumns,
  nameOf: (siren: string) => string | undefined,
): EstablishmentRow | SkipReason {
  const siret = value(record, columns.siret) ?? "";
  if (!isSiretValid(siret)) return "invalid_siret";
  const tradeName = value(record, columns.enseigne1Etablissement) ?? value(record, columns.denominationUsuelleEtablissement);
  const name = nameOf(siret.slice(0, 9)) ?? tradeName ?? UNDISCLOSED_NAME;
  const abroad = value(record, columns.libellePaysEtrangerEtablissement);
  const city =
    value(record, columns.libelleCommuneEtablissement) ?? [value(record, columns.libelleCommuneEtrangerEtablissement), abroad].filter(Boolean).join(", ");
  const row: EstablishmentRow = { siret, name: clip(name, 255), active: value(record, columns.etatAdministratifEtablissement) !== "F" };
  if (tradeName && tradeName !== name) row.tradeName = clip(tradeName, 255);
  const address = streetAddress(record, columns);
  if (address) row.address = clip(address, 255);
  const postalCode = value(record, columns.codePostalEtablissement);
  if (postalCode) row.postalCode = clip(postalCode, 10);
  if (city) row.city = clip(city, 100);
  return row;
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max).trimEnd() : text;
}
