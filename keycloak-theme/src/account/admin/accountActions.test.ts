import type { UserPage } from "@efp/contract";
import { deletionConfirmed, offeredActions, offersDeletion } from "./accountActions";

const page = (user: Partial<UserPage["user"]>, actions: UserPage["actions"], locked = false): UserPage => ({
  user: {
    id: "u",
    username: "Claire.Dupont@exemple.fr",
    email: "claire.dupont@exemple.fr",
    emailVerified: true,
    firstName: "Claire",
    lastName: "Dupont",
    kind: "professional",
    test: false,
    enabled: true,
    migrated: false,
    createdAt: null,
    habilitations: 1,
    pendingRequests: 0,
    ...user,
  },
  locked,
  actions,
  habilitations: [],
  pendingRequests: [],
});

const ALL: UserPage["actions"] = ["disable", "enable", "unlock", "reset-password", "resend-validation", "delete"];

describe("the actions a user page offers", () => {
  it("offers what the account's state allows, among what the API allows the viewer", () => {
    expect(offeredActions(page({}, ALL))).toEqual(["disable", "reset-password"]);
    expect(offeredActions(page({ enabled: false }, ALL, true))).toEqual(["enable", "unlock"]);
    expect(offeredActions(page({ emailVerified: false }, ALL))).toEqual(["disable", "reset-password", "resend-validation"]);
    // A support agent: unlock and the emails only.
    expect(offeredActions(page({ emailVerified: false }, ["unlock", "reset-password", "resend-validation"], true))).toEqual([
      "unlock",
      "reset-password",
      "resend-validation",
    ]);
  });

  it("never offers the emails for an agent or an account without an address", () => {
    expect(offeredActions(page({ kind: "agent", emailVerified: false }, ALL))).toEqual(["disable"]);
    expect(offeredActions(page({ email: null, emailVerified: false }, ALL))).toEqual(["disable"]);
  });

  it("puts the deletion apart, for the administrators, confirmed by the username typed", () => {
    expect(offersDeletion(page({}, ALL))).toBe(true);
    expect(offersDeletion(page({}, ["disable"]))).toBe(false);
    const shown = page({}, ALL);
    expect(deletionConfirmed(shown, "  claire.dupont@EXEMPLE.fr ")).toBe(true);
    expect(deletionConfirmed(shown, "claire.dupont")).toBe(false);
    expect(deletionConfirmed(shown, "")).toBe(false);
  });
});
