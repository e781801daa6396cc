// What EFP ADMIN's user page offers to do to an account, pure: among the actions the API says the
// viewer may do, those the account's state allows now.
import type { AccountAction, UserPage } from "@efp/contract";

/** Emails go to a professional's enabled account with an address (agents' addresses are their ministry's). */
const writable = (page: UserPage) => page.user.kind !== "agent" && page.user.enabled && Boolean(page.user.email);

const applies: Record<AccountAction, (page: UserPage) => boolean> = {
  disable: (page) => page.user.enabled,
  enable: (page) => !page.user.enabled,
  unlock: (page) => page.locked,
  "reset-password": writable,
  "resend-validation": (page) => writable(page) && !page.user.emailVerified,
  delete: () => true,
};

/** The buttons of the actions section (deletion has its own, apart), in the API's order. */
export function offeredActions(page: UserPage): Exclude<AccountAction, "delete">[] {
  return page.actions.filter((action): action is Exclude<AccountAction, "delete"> => action !== "delete" && applies[action](page));
}

/** Whether the page offers the deletion (administrators). */
export function offersDeletion(page: UserPage): boolean {
  return page.actions.includes("delete");
}

/** The deletion is confirmed by typing the account's username, whatever the case and the spaces around. */
export function deletionConfirmed(page: UserPage, typed: string): boolean {
  return typed.trim().toLowerCase() === page.user.username.toLowerCase();
}
