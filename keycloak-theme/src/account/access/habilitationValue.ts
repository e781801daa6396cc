// A habilitation as its form holds it, pure: what the API's bodies are made of.
import type { HabilitationKind } from "@efp/contract";
import { endOfDay } from "../dateField";

export type HabilitationValue = { email: string; roles: string[]; accessManager: boolean; kind: HabilitationKind; lastDay: string };

export const emptyHabilitation = (kind: HabilitationKind = "member"): HabilitationValue => ({ email: "", roles: [], accessManager: false, kind, lastDay: "" });

/** The habilitation part of what the API expects (grant, update, approval, invitation). */
export function habilitationBody(value: HabilitationValue): { roles: string[]; accessManager: boolean; kind: HabilitationKind; expiresAt: string | null } {
  return { roles: value.roles, accessManager: value.accessManager, kind: value.kind, expiresAt: value.lastDay === "" ? null : endOfDay(value.lastDay) };
}
