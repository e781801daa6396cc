// A user's history as EFP ADMIN's user page says it, pure: which message names an entry, and the
// facts shown beside it.
import type { HistoryEntry } from "@efp/contract";
import { isMessageKey, type MessageKey } from "../i18n/messages";

/** The message naming the entry's type (history_LOGIN…), or null for a type this page does not know yet. */
export function historyTypeKey(entry: Pick<HistoryEntry, "type">): MessageKey | null {
  const key = `history_${entry.type}`;
  return isMessageKey(key) ? key : null;
}

/** The message explaining a failed sign-in's error (historyError_invalid_user_credentials…), or null. */
export function historyErrorKey(entry: Pick<HistoryEntry, "error">): MessageKey | null {
  if (!entry.error) return null;
  const key = `historyError_${entry.error}`;
  return isMessageKey(key) ? key : null;
}

/**
 * Who acted, seen from the page's account: "self" when the person did it, "other" (the actor's
 * name is shown), or "none" (a sign-in event, or the system).
 */
export function historyActor(entry: Pick<HistoryEntry, "source" | "actorId" | "actor">, userId: string): "self" | "other" | "none" {
  if (entry.source === "login" || !entry.actor) return entry.source === "login" ? "self" : "none";
  return entry.actorId === userId ? "self" : "other";
}

/** The account an entry by this person was about, when it is someone else. */
export function historyOtherSubject(entry: Pick<HistoryEntry, "subject">, userId: string): HistoryEntry["subject"] {
  return entry.subject && entry.subject.id !== userId ? entry.subject : null;
}

/** The identity provider of a sign-in (agents: hydre, polaris), if any. */
export function historyIdentityProvider(entry: Pick<HistoryEntry, "source" | "details">): string | null {
  return entry.source === "login" && entry.details ? entry.details : null;
}

/** An audit action or event type in words (history_…), or as recorded when this page does not know it. */
export function typeName(t: (key: MessageKey) => string, type: string): string {
  const key = historyTypeKey({ type });
  return key ? t(key) : type;
}
