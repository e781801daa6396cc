// The wire contract of the extension's two REST APIs, shared by Mon compte (the theme), the efp
// CLI and the tests: the JSON both ways, the error body, and one client core.
export * from "./errors.js";
export * from "./http.js";
export * from "./access.js";
export * from "./admin.js";
export * from "./applications.js";
export * from "./migration.js";
export * from "./siret.js";
