import type { AcceptedInvitation, AccessRequest, AdministeredApplication, ApplicationCompanies, GrantBody, Invitation, InviteBody, ManagedPair, MyApplication, PendingInvitations, PendingRequests, UserCounts, UsersPage } from "./types";

/** A refusal of the API: its French message is meant for the person and shown as is (as text). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

export type AccessApi = ReturnType<typeof createAccessApi>;

/**
 * The efp-access API of the realm, called with the person's own token. It decides who may do
 * what; the pages only show what it answers.
 */
export function createAccessApi(params: { baseUrl: string; realm: string; token: () => Promise<string>; unreachableMessage: () => string }) {
  const root = `${params.baseUrl.replace(/\/$/, "")}/realms/${encodeURIComponent(params.realm)}/efp-access`;

  async function call<T>(method: string, path: string, body?: unknown, query?: Record<string, string | number | undefined>): Promise<T> {
    const search = new URLSearchParams();
    Object.entries(query ?? {}).forEach(([key, value]) => {
      if (value !== undefined && value !== "") search.set(key, String(value));
    });
    const url = `${root}/${path}${search.size > 0 ? `?${search}` : ""}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          Authorization: `Bearer ${await params.token()}`,
          Accept: "application/json",
          ...(body !== undefined && { "Content-Type": "application/json" })
        },
        body: body === undefined ? undefined : JSON.stringify(body)
      });
    } catch {
      throw new ApiError(0, "unreachable", params.unreachableMessage());
    }
    const text = await response.text();
    let json: unknown = undefined;
    try {
      json = text === "" ? undefined : JSON.parse(text);
    } catch {
      // Not JSON (a proxy's error page): the generic message below.
    }
    if (!response.ok) {
      const error = (json ?? {}) as { error?: unknown; message?: unknown };
      throw new ApiError(
        response.status,
        typeof error.error === "string" ? error.error : "http_error",
        typeof error.message === "string" && error.message !== "" ? error.message : params.unreachableMessage()
      );
    }
    return json as T;
  }

  const pair = (application: string, siret: string) => `applications/${encodeURIComponent(application)}/companies/${encodeURIComponent(siret)}`;

  return {
    myApplications: () => call<{ items: MyApplication[] }>("GET", "me/applications").then(({ items }) => items),
    myRequests: () => call<{ items: AccessRequest[] }>("GET", "me/requests").then(({ items }) => items),
    cancelMyRequest: (id: string) => call<void>("DELETE", `me/requests/${encodeURIComponent(id)}`),
    managed: () => call<{ items: ManagedPair[] }>("GET", "me/managed").then(({ items }) => items),
    administered: () => call<{ items: AdministeredApplication[] }>("GET", "me/administered").then(({ items }) => items),
    applicationCompanies: (application: string, query: { search?: string; first?: number; max?: number }) =>
      call<ApplicationCompanies>("GET", `applications/${encodeURIComponent(application)}/companies`, undefined, query),
    /** `counts: "false"` leaves out the counts (UserCounts), which paging and searching do not change. */
    users: (application: string, siret: string, query: { search?: string; role?: string; first?: number; max?: number; counts?: "false" }) =>
      call<Omit<UsersPage, keyof UserCounts> & Partial<UserCounts>>("GET", `${pair(application, siret)}/users`, undefined, query),
    pendingRequests: (application: string, siret: string) => call<PendingRequests>("GET", `${pair(application, siret)}/requests`),
    approve: (application: string, siret: string, id: string, body: GrantBody) =>
      call<void>("POST", `${pair(application, siret)}/requests/${encodeURIComponent(id)}/approve`, body),
    refuse: (application: string, siret: string, id: string, reason: string) =>
      call<void>("POST", `${pair(application, siret)}/requests/${encodeURIComponent(id)}/refuse`, { reason }),
    grant: (application: string, siret: string, body: GrantBody) => call<{ id: string }>("POST", `${pair(application, siret)}/habilitations`, body),
    update: (application: string, siret: string, id: string, body: GrantBody) =>
      call<void>("PUT", `${pair(application, siret)}/habilitations/${encodeURIComponent(id)}`, body),
    revoke: (application: string, siret: string, id: string) => call<void>("DELETE", `${pair(application, siret)}/habilitations/${encodeURIComponent(id)}`),
    invitations: (application: string, siret: string) => call<PendingInvitations>("GET", `${pair(application, siret)}/invitations`),
    invite: (application: string, siret: string, body: InviteBody) => call<Invitation>("POST", `${pair(application, siret)}/invitations`, body),
    resendInvitation: (application: string, siret: string, id: string) => call<Invitation>("POST", `${pair(application, siret)}/invitations/${encodeURIComponent(id)}/resend`),
    cancelInvitation: (application: string, siret: string, id: string) => call<void>("DELETE", `${pair(application, siret)}/invitations/${encodeURIComponent(id)}`),
    /** The token goes in the body, never in a URL. */
    acceptInvitation: (token: string) => call<AcceptedInvitation>("POST", "me/invitations/accept", { token })
  };
}
