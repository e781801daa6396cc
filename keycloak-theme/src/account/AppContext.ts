import { createContext, useContext } from "react";
import type { AccessApi, AdminApi, AdminExports, AdministeredApplication, ManagedPair } from "@efp/contract";
import type { Brand } from "../shared/brand";
import type { Session } from "./session";
import type { Async } from "./useAsync";

/** What every screen of Mon compte may need: the API, the person, the pairs they manage, the applications they administer. */
export type App = {
  api: AccessApi;
  /** efp-admin, for EFP ADMIN's screens (its calls need the token session.openAdministration asks for). */
  admin: AdminApi;
  /** efp-admin's CSV exports (same token as admin). */
  exports: AdminExports;
  session: Session;
  brand: Brand;
  managed: Async<ManagedPair[]>;
  /** Applications whose every company I may open (application admin, support, administrator). */
  administered: Async<AdministeredApplication[]>;
};

export const AppContext = createContext<App | undefined>(undefined);

export function useApp(): App {
  const app = useContext(AppContext);
  if (app === undefined) throw new Error("useApp outside AppContext");
  return app;
}
