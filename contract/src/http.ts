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
    const response = await send(options, method, apiUrl(options.root, path, query), "application/json", body);
    const text = await response.text();
    try {
      return (text === "" ? undefined : JSON.parse(text)) as T;
    } catch {
      return undefined as T;
    }
  };
}

/**
 * A GET whose answer is a file read as it arrives (the CSV exports): the Response, its body not
 * yet read, once its status is a success; a refusal is an ApiError as for any call.
 */
export type Download = (path: string, query?: Query) => Promise<Response>;

export function createDownloader(options: CallerOptions): Download {
  return (path, query) => send(options, "GET", apiUrl(options.root, path, query), "text/csv, application/json");
}

/** Sends one request with the bearer token; a non-2xx answer is read and thrown as an ApiError. */
async function send(options: CallerOptions, method: string, url: URL, accept: string, body?: unknown): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${await options.token()}`,
        accept,
        ...(body !== undefined && { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (!options.unexplained) throw error;
    throw new ApiError(0, "unreachable", options.unexplained());
  }
  if (!response.ok) {
    throw refusalOf(response.status, await response.text(), options.unexplained?.() ?? `${method} ${url.pathname} : HTTP ${response.status}`);
  }
  return response;
}
