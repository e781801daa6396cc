export { applyRealmConfig, type Change } from "./apply/index.js";
export { ConfigError, ENVIRONMENTS, loadRealmConfig, type Environment } from "./config/load.js";
export type { RealmConfig } from "./config/model.js";
export { connect, type Credentials } from "./connect.js";
