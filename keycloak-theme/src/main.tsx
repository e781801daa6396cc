import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { startReactDsfr } from "@codegouvfr/react-dsfr/spa";
import type { KcContext } from "./kc.gen";
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

// The app of this page, loaded before the first render (index.html preloads its chunk): rendered
// through keycloakify's lazy KcPage (kc.gen.tsx), it would suspend, and React holds a Suspense
// boundary revealed soon after its fallback for up to 300 ms.
async function appOf(kcContext: KcContext): Promise<ReactNode> {
  switch (kcContext.themeType) {
    case "login": {
      const { default: KcLoginPage } = await import("./login/KcPage");
      return <KcLoginPage kcContext={kcContext} />;
    }
    case "account": {
      const { default: KcAccountPage } = await import("./account/KcPage");
      return <KcAccountPage kcContext={kcContext} />;
    }
  }
}

if (!silentCheck) {
  const app = window.kcContext === undefined ? undefined : await appOf(window.kcContext);
  createRoot(document.getElementById("root")!).render(
    <StrictMode>{app ?? <p>Cette page est servie par Keycloak : aucun contexte Keycloak n'a été trouvé.</p>}</StrictMode>,
  );
}
