import { useCallback, useEffect, useState } from "react";
import { ApiError } from "@efp/contract";

export type Async<T> = { data?: T; error?: ApiError; loading: boolean; reload: () => void };

/**
 * Loads data for a screen. A reload keeps what is shown until the answer arrives, so that
 * the page does not jump (nor lose the keyboard focus) after an action. `load` is memoised by
 * the caller (useCallback, whose dependencies the linter checks): a new `load` loads again.
 */
export function useAsync<T>(load: () => Promise<T>): Async<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    setState((previous) => ({ ...previous, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error: unknown) => live && setState((previous) => ({ data: previous.data, error: asApiError(error), loading: false })),
    );
    return () => {
      live = false;
    };
  }, [load, version]);
  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { ...state, reload };
}

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, "unexpected", error instanceof Error ? error.message : String(error));
}
