/**
 * Whether what a person typed looks like an address, to say so before asking the API (which
 * applies Keycloak's full rule): something, one @, a dotted domain, no space.
 */
export function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}
