export { applyRealmConfig, type Change } from "./apply/index.js";
export { ConfigError, ENVIRONMENTS, loadRealmConfig, type Environment } from "./config/load.js";
export type { RealmConfig } from "./config/model.js";
export { connect, type Credentials } from "./connect.js";
export { ApiError } from "@efp/contract";
export { EfpApi, type ApiCredentials } from "./api/client.js";
export { clientRepresentation, HABILITATIONS_MAPPER, RESERVED_ROLES } from "./apply/applications.js";
export { COMPANY_SCOPE } from "./apply/company-scope.js";
export * from "./directory/index.js";
