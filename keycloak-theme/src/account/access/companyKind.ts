/**
 * A company of the access screens is named by its SIRET (14 digits); a ministerial structure
 * (agents' requests: DGEFP, DREETS-ARA…) by its code, which is no SIRET and is said as such.
 */
export function isStructureCode(alias: string): boolean {
  return !/^\d{14}$/.test(alias);
}
