export interface Change {
  action: "create" | "update";
  resource: string;
  fields?: string[];
}

/** Names the fields of `desired` whose value differs from `current` (deep, JSON equality). */
export function differingFields(desired: Record<string, unknown>, current: Record<string, unknown> | undefined): string[] {
  return Object.keys(desired).filter((key) => desired[key] !== undefined && !sameValue(desired[key], current?.[key]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    return differingFields(a as Record<string, unknown>, b as Record<string, unknown>).length === 0;
  }
  return a === b;
}
