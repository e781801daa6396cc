/**
 * The body of every refusal of efp-access and efp-admin (EfpException, and ErrorBodies for those
 * the framework makes): a stable code for programs, a French message for the person.
 */
export interface ErrorBody {
  error: string;
  message: string;
}

/** A refusal of one of the APIs, or a failure to reach them (status 0). Its message is shown as is, as text. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/**
 * The ApiError a non-2xx answer stands for: the server's code and message when its body follows
 * the contract, else `http_<status>` and the caller's `unexplained` message (a proxy's error page,
 * an empty body).
 */
export function refusalOf(status: number, text: string, unexplained: string): ApiError {
  let body: Partial<Record<keyof ErrorBody, unknown>> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === "object") body = parsed;
  } catch {
    // Not JSON: nothing of the server's to show.
  }
  return new ApiError(
    status,
    typeof body.error === "string" ? body.error : `http_${status}`,
    typeof body.message === "string" && body.message !== "" ? body.message : unexplained,
  );
}
