import { accountStatusKey, accountStatuses, userQueryOf } from "./adminSearch";

test("a search from the address becomes the API's query, what the API does not know left out", () => {
  expect(userQueryOf(undefined)).toEqual({ first: 0, max: 20 });
  expect(userQueryOf({ q: "  Dupont ", application: "soffi", kind: "test", status: "disabled", sort: "created", first: "40" })).toEqual({
    q: "Dupont",
    application: "soffi",
    kind: "test",
    status: "disabled",
    sort: "created",
    first: 40,
    max: 20,
  });
  // A hand-edited link: unknown values, a page in the middle of a page, a negative or absurd row.
  expect(userQueryOf({ kind: "robot", status: "<b>", sort: "password", first: "45" })).toEqual({ first: 40, max: 20 });
  expect(userQueryOf({ first: "-20" }).first).toBe(0);
  expect(userQueryOf({ first: "abc" }).first).toBe(0);
  expect(userQueryOf({ q: "   " }).q).toBeUndefined();
});

test("an account's states: disabled or active, then migrated and locked", () => {
  expect(accountStatuses({ enabled: true, migrated: false, lastLoginAt: "2026-12-01T10:00:00Z" })).toEqual(["active"]);
  expect(accountStatuses({ enabled: false, migrated: true, lastLoginAt: "2026-12-01T10:00:00Z" }, true)).toEqual(["disabled", "migrated", "locked"]);
  expect(accountStatuses({ enabled: true, migrated: true, lastLoginAt: null })).toEqual(["active", "migrated", "never-logged-in"]);
  // The API leaves null values out.
  expect(accountStatuses({ enabled: true, migrated: false })).toEqual(["active", "never-logged-in"]);
  expect(accountStatusKey("never-logged-in")).toBe("accountStatus_never_logged_in");
});
