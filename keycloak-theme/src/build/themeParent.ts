/**
 * The login theme's parent, set after Keycloakify writes theme.properties.
 *
 * Keycloakify makes our login theme a child of `keycloak`, whose theme.properties holds some 160
 * `kc…Class` entries for its own FreeMarker pages. Keycloak puts every theme property in each
 * page's data model, and Keycloakify's template walks that whole model into the page's kcContext
 * on every render, key by key, through its list of exclusions: the `kc…` entries are dropped at
 * the end of that walk, after costing about half of the page's render (measured, 41 → 20 ms per
 * login page). Our pages are React (no default CSS, no PatternFly, no FreeMarker page of the
 * parent), and the parent's messages and images are never used: `base`, which holds Keycloak's
 * messages, is the parent we need.
 */
export function withThemeParent(properties: string, parent: string): string {
  const line = /^parent=.*$/m;
  if (!line.test(properties)) throw new Error("theme.properties n'a pas de ligne parent= : Keycloakify a changé sa façon de l'écrire");
  return properties.replace(line, `parent=${parent}`);
}
