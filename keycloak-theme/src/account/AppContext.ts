import { createContext, useContext } from "react";
import type { AccessApi } from "./api/client";
import type { ManagedPair } from "./api/types";
import type { Brand } from "../login/brand";
import type { Session } from "./session";
import type { Async } from "./useAsync";

/** What every screen of Mon compte may need: the API, the person, the pairs they manage. */
export type App = {
  api: AccessApi;
  session: Session;
  brand: Brand;
  managed: Async<ManagedPair[]>;
};

export const AppContext = createContext<App | undefined>(undefined);

export function useApp(): App {
  const app = useContext(AppContext);
  if (app === undefined) throw new Error("useApp outside AppContext");
  return app;
}
