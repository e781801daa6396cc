import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { startReactDsfr } from "@codegouvfr/react-dsfr/spa";
// Bundled, never from a CDN: Keycloak pages must work on a network that only reaches the SSO.
import "@codegouvfr/react-dsfr/main.css";
import { KcPage } from "./kc.gen";
import { useThemeLang } from "./shared/themeLang";

startReactDsfr({
  defaultColorScheme: "system",
  // react-dsfr's own strings ("Afficher", "Menu"…) follow the language Keycloak chose, or the
  // one picked in Mon compte, which switches without a reload.
  useLang: () => {
    const picked = useThemeLang();
    const kcContext = window.kcContext;
    return picked ?? (kcContext?.themeType === "login" ? kcContext.locale?.currentLanguageTag : undefined) ?? "fr";
  },
});

// `vite dev` only: a mock page picked in the URL (src/dev). Never in the jar.
if (import.meta.env.DEV && window.kcContext === undefined) {
  const { getDevKcContext } = await import("./dev/devKcContext");
  window.kcContext = getDevKcContext(new URLSearchParams(window.location.search));
}

// The hidden frame of Mon compte's silent SSO check is answered by index.html, which stops the
// page; should a browser run the bundle anyway, it renders nothing there.
const silentCheck = window.parent !== window && /\/account\/silent-check-sso$/.test(window.location.pathname);

if (!silentCheck)
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      {window.kcContext === undefined ? (
        <p>Cette page est servie par Keycloak : aucun contexte Keycloak n'a été trouvé.</p>
      ) : (
        <KcPage kcContext={window.kcContext} />
      )}
    </StrictMode>,
  );
