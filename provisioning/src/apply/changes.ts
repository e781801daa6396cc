export interface Change {
  action: "create" | "update" | "delete";
  resource: string;
  fields?: string[];
}

/** Names the fields of `desired` whose value differs from `current` (deep, JSON equality). */
export function differingFields(desired: Record<string, unknown>, current: Record<string, unknown> | undefined): string[] {
  return Object.keys(desired).filter((key) => desired[key] !== undefined && !sameValue(desired[key], current?.[key]));
}

// Keycloak keeps lists of strings (locales, redirect URIs) as sets and returns them in its own
// order: those compare regardless of order.
const isScalarList = (value: unknown[]) => value.every((item) => typeof item !== "object" || item === null);

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    if (isScalarList(a) && isScalarList(b)) {
      const sortedB = b.map(String).sort();
      return (
        a
          .map(String)
          .sort()
          .every((item, index) => item === sortedB[index]) && a.every((item) => b.includes(item))
      );
    }
    return a.every((item, index) => sameValue(item, b[index]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    return differingFields(a as Record<string, unknown>, b as Record<string, unknown>).length === 0;
  }
  return a === b;
}
