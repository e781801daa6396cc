import { useSyncExternalStore } from "react";

/**
 * The language of the page when the page itself can change it (Mon compte switches without a
 * reload). react-dsfr's own strings ("Menu", "Fermer"…) follow it through startReactDsfr's
 * useLang. Undefined until a page sets it: login pages keep the language Keycloak chose.
 */
let current: string | undefined;
const listeners = new Set<() => void>();

export function setThemeLang(lang: string) {
  current = lang;
  document.documentElement.lang = lang;
  listeners.forEach((listener) => listener());
}

export function useThemeLang(): string | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
