// The client core every consumer of the two APIs shares: where a call goes, how its answer is
// read, how a refusal becomes an ApiError. How the bearer token is obtained is the caller's.
import { ApiError, refusalOf } from "./errors.js";

export type Service = "efp-access" | "efp-admin";

/** Query parameters; those without a value (undefined or "") are left out. */
export type Query = Record<string, string | number | boolean | undefined>;

/** One call: method, path under the API's root, JSON body, query parameters. */
export type Call = <T>(method: string, path: string, body?: unknown, query?: Query) => Promise<T>;

/** The root of a service of the realm, e.g. http://localhost:8080/realms/efp/efp-access. */
export function apiRoot(baseUrl: string, realm: string, service: Service): string {
  return `${baseUrl.replace(/\/$/, "")}/realms/${encodeURIComponent(realm)}/${service}`;
}

/** The address of a call: the path under the root (a query written in it is kept), then the parameters. */
export function apiUrl(root: string, path: string, query: Query = {}): URL {
  const url = new URL(`${root}/${path.replace(/^\//, "")}`);
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== "") url.searchParams.set(key, String(value));
  return url;
}

export interface CallerOptions {
  /** apiRoot() of the service. */
  root: string;
  /** The bearer token, asked for at each call (it may be refreshed in between). */
  token: () => Promise<string>;
  /**
   * The message of a failure the server did not explain. Given (a page shows it to a person),
   * an unreachable server or a token that could not be had becomes an ApiError too (status 0,
   * `unreachable`); without it, that error is thrown as is and an unexplained refusal reads
   * "GET /realms/…/path : HTTP 502".
   */
  unexplained?: () => string;
}

/** Calls the API with JSON in and out; a non-2xx answer becomes an ApiError carrying the server's code and message. */
export function createCaller(options: CallerOptions): Call {
  return async <T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> => {
    const url = apiUrl(options.root, path, query);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          authorization: `Bearer ${await options.token()}`,
          accept: "application/json",
          ...(body !== undefined && { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      if (!options.unexplained) throw error;
      throw new ApiError(0, "unreachable", options.unexplained());
    }
    const text = await response.text();
    if (!response.ok) throw refusalOf(response.status, text, options.unexplained?.() ?? `${method} ${url.pathname} : HTTP ${response.status}`);
    try {
      return (text === "" ? undefined : JSON.parse(text)) as T;
    } catch {
      return undefined as T;
    }
  };
}
