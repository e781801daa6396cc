// The details of an audit entry as the journal says them, pure: the JSON the server recorded,
// read as "label: value" facts (roles by their labels, yes / no, dates), anything unknown as it is.
import type { RoleLabels } from "@efp/contract";
import { roleLabel } from "../names";

/** One fact of an entry's details: its key (auditDetail_<key> names it when known) and its value in words. */
export type DetailFact = { key: string; value: string };

type Words = { yes: string; no: string; date: (iso: string) => string };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function spoken(key: string, value: unknown, roleLabels: RoleLabels | undefined, lang: string, words: Words): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (Array.isArray(value)) {
    return value
      .map((item) => (key === "roles" && typeof item === "string" ? roleLabel(item, roleLabels, lang) : spoken(key, item, roleLabels, lang, words)))
      .join(", ");
  }
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([inner, innerValue]) => `${inner}=${spoken(inner, innerValue, roleLabels, lang, words)}`)
      .join(", ");
  }
  if (typeof value === "string" && ISO_INSTANT.test(value)) return words.date(value);
  return String(value);
}

/**
 * The facts of `details` in their recorded order. Details that are not a JSON object (older
 * entries, free text) are one fact without a key, as recorded.
 */
export function detailFacts(details: string | null | undefined, roleLabels: RoleLabels | undefined, lang: string, words: Words): DetailFact[] {
  if (!details) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return [{ key: "", value: details }];
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return [{ key: "", value: details }];
  return Object.entries(parsed as Record<string, unknown>)
    .map(([key, value]) => ({ key, value: spoken(key, value, roleLabels, lang, words) }))
    .filter((fact) => fact.value !== "");
}
