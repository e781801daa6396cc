// EFP ADMIN's user list, pure: the API query of a search held in the address, and what the
// list says of an account.
import type { UserQuery, UserRow } from "@efp/contract";
import type { AdminSearch } from "../routes";

export const ADMIN_PAGE_SIZE = 20;

const kinds = ["professional", "agent", "test"] as const;
const statuses = ["active", "disabled", "migrated", "never-logged-in"] as const;
const sorts = ["name", "email", "created"] as const;

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return (values as readonly string[]).includes(value ?? "") ? (value as T) : undefined;
}

/**
 * The API query of a search: values the address may hold but the API does not know (a hand-edited
 * link) are dropped, the first row is a whole multiple of the page size, never negative.
 */
export function userQueryOf(search: AdminSearch | undefined): UserQuery & { first: number; max: number } {
  const first = Number.parseInt(search?.first ?? "0", 10);
  const page = Number.isFinite(first) && first > 0 ? Math.floor(first / ADMIN_PAGE_SIZE) * ADMIN_PAGE_SIZE : 0;
  const query: UserQuery & { first: number; max: number } = { first: page, max: ADMIN_PAGE_SIZE };
  const text = search?.q?.trim();
  if (text) query.q = text;
  if (search?.application) query.application = search.application;
  const kind = oneOf(kinds, search?.kind);
  if (kind) query.kind = kind;
  const status = oneOf(statuses, search?.status);
  if (status) query.status = status;
  const sort = oneOf(sorts, search?.sort);
  if (sort) query.sort = sort;
  return query;
}

export type AccountStatus = "active" | "disabled" | "migrated" | "locked" | "never-logged-in";

/**
 * What the list and the page say of an account's state: disabled, or active; migrated, never
 * signed in and locked besides.
 */
export function accountStatuses(user: Pick<UserRow, "enabled" | "migrated" | "lastLoginAt">, locked = false): AccountStatus[] {
  const states: AccountStatus[] = [user.enabled ? "active" : "disabled"];
  if (user.migrated) states.push("migrated");
  if (!user.lastLoginAt) states.push("never-logged-in");
  if (locked) states.push("locked");
  return states;
}

/** The message naming a status (accountStatus_never_logged_in…). */
export function accountStatusKey(status: AccountStatus) {
  return `accountStatus_${status.replaceAll("-", "_") as "active" | "disabled" | "migrated" | "locked" | "never_logged_in"}` as const;
}

export const ADMIN_KINDS = kinds;
export const ADMIN_STATUSES = statuses;
export const ADMIN_SORTS = sorts;
