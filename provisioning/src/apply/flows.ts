import type KcAdminClient from "@keycloak/keycloak-admin-client";
import type { Authentication, Flow, FlowStep, RequiredAction } from "../config/model.js";
import { differingFields, type Change } from "./changes.js";

/** A flow as a flat list, the shape Keycloak's admin API returns executions in. */
export interface FlatStep {
  level: number;
  /** Authenticator id, or "subflow" (subflow names are ours to choose, not worth comparing). */
  provider: string;
  requirement: string;
}

export function flattenSteps(steps: FlowStep[], level = 0): FlatStep[] {
  return steps.flatMap((step) =>
    step.subflow
      ? [
          { level, provider: step.type === "form-flow" ? `subflow:${step.form}` : "subflow", requirement: step.requirement },
          ...flattenSteps(step.steps ?? [], level + 1),
        ]
      : [{ level, provider: step.authenticator!, requirement: step.requirement }],
  );
}

interface ExecutionInfo {
  level?: number;
  providerId?: string;
  authenticationFlow?: boolean;
  requirement?: string;
}

export function flattenExecutions(executions: ExecutionInfo[]): FlatStep[] {
  return executions.map((execution) => ({
    level: execution.level ?? 0,
    provider: execution.authenticationFlow
      ? execution.providerId && execution.providerId !== "basic-flow"
        ? `subflow:${execution.providerId}`
        : "subflow"
      : (execution.providerId ?? ""),
    requirement: execution.requirement ?? "",
  }));
}

export function sameSteps(a: FlatStep[], b: FlatStep[]): boolean {
  return (
    a.length === b.length &&
    a.every((step, index) => step.level === b[index].level && step.provider === b[index].provider && step.requirement === b[index].requirement)
  );
}

const BINDING_FIELDS = ["browserFlow", "registrationFlow", "resetCredentialsFlow", "directGrantFlow"] as const;
const STAGING_SUFFIX = "-staging";
// Keycloak refuses "/" in flow aliases.
const SUBFLOW_SEPARATOR = "--";

async function addSteps(kc: KcAdminClient, realm: string, topAlias: string, parentAlias: string, steps: FlowStep[], aliasPrefix: string) {
  for (const step of steps) {
    if (step.subflow) {
      const alias = `${aliasPrefix}${step.subflow}`;
      // Keycloak reads `provider` only for form flows; the admin console sends this value for
      // basic flows too.
      await kc.authenticationManagement.addFlowToFlow({
        realm,
        flow: parentAlias,
        alias,
        type: step.type ?? "basic-flow",
        provider: step.type === "form-flow" ? step.form! : "registration-page-form",
        description: "",
      });
      await setRequirement(kc, realm, topAlias, (execution) => execution.authenticationFlow === true && execution.displayName === alias, step.requirement);
      await addSteps(kc, realm, topAlias, alias, step.steps ?? [], aliasPrefix);
    } else {
      const added = await kc.authenticationManagement.addExecutionToFlow({ realm, flow: parentAlias, provider: step.authenticator! });
      await setRequirement(kc, realm, topAlias, (execution) => execution.id === added.id, step.requirement);
    }
  }
}

async function setRequirement(
  kc: KcAdminClient,
  realm: string,
  topAlias: string,
  match: (execution: { id?: string; displayName?: string; authenticationFlow?: boolean }) => boolean,
  requirement: string,
) {
  const executions = await kc.authenticationManagement.getExecutions({ realm, flow: topAlias });
  const execution = executions.find(match);
  if (!execution) throw new Error(`flux ${topAlias} : étape introuvable après création`);
  if (execution.requirement !== requirement) await kc.authenticationManagement.updateExecution({ realm, flow: topAlias }, { ...execution, requirement });
}

/**
 * Rebuilds a flow that differs from the configuration without ever leaving the realm on a
 * half-built flow: the new one is built beside it ("-staging" aliases), bound, then the old one
 * is deleted and the new one renamed.
 */
async function applyFlow(kc: KcAdminClient, realm: string, flow: Flow, bindings: Authentication["bindings"], dryRun: boolean): Promise<Change[]> {
  const flows = await kc.authenticationManagement.getFlows({ realm });
  const existing = flows.find((candidate) => candidate.alias === flow.alias);
  if (existing) {
    const actual = flattenExecutions(await kc.authenticationManagement.getExecutions({ realm, flow: flow.alias }));
    if (sameSteps(actual, flattenSteps(flow.steps))) return [];
  }
  if (dryRun) return [{ action: existing ? "update" : "create", resource: `flow ${flow.alias}` }];
  const stagingAlias = `${flow.alias}${STAGING_SUFFIX}`;
  const leftover = flows.find((candidate) => candidate.alias === stagingAlias);
  if (leftover) await kc.authenticationManagement.deleteFlow({ realm, flowId: leftover.id! });

  await kc.authenticationManagement.createFlow({
    realm,
    alias: stagingAlias,
    description: flow.description ?? "",
    providerId: "basic-flow",
    topLevel: true,
    builtIn: false,
  });
  await addSteps(kc, realm, stagingAlias, stagingAlias, flow.steps, `${stagingAlias}${SUBFLOW_SEPARATOR}`);
  if (existing) {
    const current = await kc.realms.findOne({ realm });
    const stillBound = BINDING_FIELDS.filter((field) => current?.[field] === flow.alias);
    if (stillBound.length > 0) await kc.realms.update({ realm }, Object.fromEntries(stillBound.map((field) => [field, stagingAlias])));
    // Identity providers name their first-login flow too (Keycloak refuses to delete a flow in
    // use); they keep the staging flow by id through its renaming.
    for (const provider of await kc.identityProviders.find({ realm })) {
      if (provider.firstBrokerLoginFlowAlias === flow.alias)
        await kc.identityProviders.update({ realm, alias: provider.alias! }, { ...provider, firstBrokerLoginFlowAlias: stagingAlias });
    }
    await kc.authenticationManagement.deleteFlow({ realm, flowId: existing.id! });
  }
  // Rename the staging flow and its subflows to their final names.
  for (const candidate of await kc.authenticationManagement.getFlows({ realm })) {
    if (candidate.alias === stagingAlias) await kc.authenticationManagement.updateFlow({ realm, flowId: candidate.id! }, { ...candidate, alias: flow.alias });
  }
  for (const execution of await kc.authenticationManagement.getExecutions({ realm, flow: flow.alias })) {
    if (execution.authenticationFlow && execution.flowId && execution.displayName?.startsWith(`${stagingAlias}${SUBFLOW_SEPARATOR}`)) {
      const subflow = await kc.authenticationManagement.getFlow({ realm, flowId: execution.flowId });
      await kc.authenticationManagement.updateFlow(
        { realm, flowId: execution.flowId },
        { ...subflow, alias: `${flow.alias}${execution.displayName.slice(stagingAlias.length)}` },
      );
    }
  }
  const current = await kc.realms.findOne({ realm });
  const toBind = BINDING_FIELDS.filter((field) => bindings[field] === flow.alias || current?.[field] === stagingAlias);
  if (toBind.length > 0) await kc.realms.update({ realm }, Object.fromEntries(toBind.map((field) => [field, flow.alias])));
  return [{ action: existing ? "update" : "create", resource: `flow ${flow.alias}` }];
}

async function applyRequiredAction(kc: KcAdminClient, realm: string, action: RequiredAction, dryRun: boolean): Promise<Change[]> {
  // The client types this payload as `void & { realm }`, which no object satisfies.
  const registered = await kc.authenticationManagement.getRequiredActions({ realm } as never);
  const current = registered.find((candidate) => candidate.alias === action.alias);
  const desired = {
    alias: action.alias,
    name: action.name,
    providerId: action.alias,
    enabled: action.enabled,
    defaultAction: action.defaultAction ?? false,
    ...(action.priority !== undefined && { priority: action.priority }),
  };
  if (!current) {
    if (dryRun) return [{ action: "create", resource: `required action ${action.alias}` }];
    await kc.authenticationManagement.registerRequiredAction({ realm, providerId: action.alias, name: action.name });
    await kc.authenticationManagement.updateRequiredAction({ realm, alias: action.alias }, desired);
    return [{ action: "create", resource: `required action ${action.alias}` }];
  }
  const fields = differingFields(desired, current as Record<string, unknown>);
  if (fields.length === 0) return [];
  if (!dryRun) await kc.authenticationManagement.updateRequiredAction({ realm, alias: action.alias }, { ...current, ...desired });
  return [{ action: "update", resource: `required action ${action.alias}`, fields }];
}

export async function applyAuthentication(kc: KcAdminClient, realm: string, authentication: Authentication, dryRun = false): Promise<Change[]> {
  const changes: Change[] = [];
  for (const action of authentication.requiredActions ?? []) changes.push(...(await applyRequiredAction(kc, realm, action, dryRun)));
  for (const flow of authentication.flows) changes.push(...(await applyFlow(kc, realm, flow, authentication.bindings, dryRun)));
  const current = await kc.realms.findOne({ realm });
  const bindings = Object.fromEntries(
    Object.entries(authentication.bindings).filter(([field, alias]) => current?.[field as (typeof BINDING_FIELDS)[number]] !== alias),
  );
  if (Object.keys(bindings).length > 0) {
    if (!dryRun) await kc.realms.update({ realm }, bindings);
    changes.push({ action: "update", resource: `realm ${realm} flow bindings`, fields: Object.keys(bindings) });
  }
  return changes;
}
