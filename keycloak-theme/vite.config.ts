import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { keycloakify } from "keycloakify/vite-plugin";
import path from "node:path";
import type { Plugin } from "vite";
import { pruneCss } from "./src/build/pruneCss";
import { FIRST_RENDER_EVENT } from "./src/shared/firstRenderEvent";

/**
 * Drops from the built stylesheets the DSFR components no page renders (src/build/pruneCss.ts),
 * once every chunk is written: the code judged is exactly what the browser gets.
 */
function pruneDsfrCss(): Plugin {
  return {
    name: "efp-prune-dsfr-css",
    apply: "build",
    enforce: "post",
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((file) => (file.type === "chunk" ? [file] : []));
      const code = chunks.map((chunk) => chunk.code).join("\n");
      const dsfrCode = chunks
        .flatMap((chunk) => Object.entries(chunk.modules))
        .filter(([id]) => id.replace(/\\/g, "/").includes("/@codegouvfr/react-dsfr/"))
        .map(([, module]) => module.code ?? "")
        .join("\n");
      for (const file of Object.values(bundle)) {
        if (file.type === "asset" && file.fileName.endsWith(".css")) file.source = pruneCss(String(file.source), { code, dsfrCode });
      }
    },
  };
}

/**
 * The chunk of a module, for the first page a person waits for. Left alone, every lazy import
 * (the login or account app, then its page, then keycloakify's messages) is one more round trip
 * after the previous one has run: 4 to 5 in a row before the login form shows. Here the
 * libraries (and src/shared) are one chunk fetched with the entry, each app is one chunk with
 * all its pages; keycloakify's default messages of our two languages go with the libraries: one round
 * trip after the entry. Libraries must have a chunk of their own: otherwise Rollup puts React in
 * whichever app chunk reaches it first, and the entry and the other app import that chunk.
 */
export function chunkOf(id: string): string | undefined {
  const path = id.replace(/\\/g, "/");
  const messages = /\/keycloakify\/login\/i18n\/messages_defaultSet\/([a-zA-Z-]+)\.js$/.exec(path);
  if (messages) return messages[1] === "fr" || messages[1] === "en" ? "vendor-login" : undefined;
  // The DSFR's own script is loaded once the page shows (menus, language switch): it stays apart,
  // with what holds it until then.
  if (path.includes("/dsfr/dsfr.module")) return undefined;
  if (path.includes("efp-dsfr-after-first-render")) return "dsfr-after-first-render";
  // keycloakify's own pages, behind its DefaultPage's lazy imports, and its profile fields: we
  // render our pages, so they stay in chunks of their own, fetched only if ever shown.
  if (/\/keycloakify\/login\/(pages\/|UserProfileFormFields)/.test(path)) return undefined;
  // What only one app uses is fetched with that app, beside it: keycloakify's runtime (the login
  // pages), keycloak-js (Mon compte).
  if (path.includes("/node_modules/keycloakify/")) return "vendor-login";
  if (path.includes("/node_modules/keycloak-js/")) return "vendor-account";
  if (path.includes("/node_modules/") || path.includes("/src/shared/")) return "vendor";
  if (path.includes("/src/login/")) return "login";
  if (path.includes("/src/account/")) return "account";
  return undefined;
}

/**
 * react-dsfr imports the DSFR's own script as soon as it starts, before the first render: its
 * evaluation and start (a forced layout per menu, modal and table, some 100 to 250 ms on a busy
 * machine) then delay the first screen. What it does (open menus and modals, decorate tables)
 * is only needed once the page is there: its import waits for the first screen to be painted
 * (src/shared/firstRender.ts), 3 s at most.
 */
function dsfrAfterFirstRender(): Plugin {
  const id = "\0efp-dsfr-after-first-render";
  let real = "";
  return {
    name: "efp-dsfr-after-first-render",
    enforce: "pre",
    resolveId(source, importer) {
      if (source !== "./dsfr/dsfr.module" || importer === undefined || !/[\\/]@codegouvfr[\\/]react-dsfr[\\/]start\.js$/.test(importer)) return null;
      real = path.join(path.dirname(importer), "dsfr", "dsfr.module.js");
      return id;
    },
    load(loaded) {
      if (loaded !== id) return null;
      return `await new Promise((resolve) => {
  const afterPaint = () => requestAnimationFrame(() => setTimeout(resolve, 0));
  if (window.efpFirstRender) afterPaint();
  else window.addEventListener(${JSON.stringify(FIRST_RENDER_EVENT)}, afterPaint, { once: true });
  setTimeout(resolve, 3000);
});
await import(${JSON.stringify(real.replace(/\\/g, "/"))});
`;
    },
  };
}

/**
 * The files an app needs, fetched as soon as the page is parsed rather than once the entry and the
 * libraries have run (the app chunk is a lazy import): an inline script at the end of the body
 * (one page serves both apps; `kcContext.themeType` says which) adds their preload links, next to
 * the entry's address (Keycloak's versioned resources path), written as Vite's own preloading
 * writes them, so that it finds them and adds none. No `${` in it: the page is a
 * FreeMarker template.
 */
function preloadApp(): Plugin {
  return {
    name: "efp-preload-app",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        const bundle = context.bundle ?? {};
        const chunks = Object.values(bundle).flatMap((file) => (file.type === "chunk" ? [file] : []));
        const filesOf = (app: string) => {
          const chunk = chunks.find((candidate) => candidate.isDynamicEntry && candidate.name === app);
          if (chunk === undefined) throw new Error(`efp-preload-app : pas de chunk « ${app} »`);
          const dsfr = chunks.find((candidate) => candidate.fileName.includes("dsfr.module"));
          const css = [...(chunk.viteMetadata?.importedCss ?? [])];
          return [
            chunk.fileName,
            ...chunk.imports.filter((name) => !name.startsWith("assets/vendor-") || name.includes(`vendor-${app}`)),
            ...(dsfr ? [dsfr.fileName] : []),
            ...css,
          ].map((name) => name.replace(/^assets\//, ""));
        };
        const files = { login: filesOf("login"), account: filesOf("account") };
        const script = `(function () {
  var files = ${JSON.stringify(files)};
  var entry = document.querySelector('script[type="module"][src*="/index-"]');
  var kc = window.kcContext;
  if (!entry || !kc || !files[kc.themeType]) return;
  var src = entry.getAttribute("src");
  var base = src.slice(0, src.lastIndexOf("/") + 1);
  files[kc.themeType].forEach(function (name) {
    var link = document.createElement("link");
    var css = /\\.css$/.test(name);
    link.rel = css ? "preload" : "modulepreload";
    if (css) link.as = "style";
    link.crossOrigin = "";
    link.href = base + name;
    document.head.appendChild(link);
  });
})();`;
        return [{ tag: "script", children: script, injectTo: "body" }];
      },
    },
  };
}

export default defineConfig({
  build: { rollupOptions: { output: { manualChunks: chunkOf } } },
  plugins: [
    react(),
    pruneDsfrCss(),
    preloadApp(),
    dsfrAfterFirstRender(),
    keycloakify({
      themeName: "efp",
      groupId: "fr.gouv.travail.efp",
      artifactId: "efp-keycloak-theme",
      // "Mon compte" (src/account): our own DSFR single-page app at /realms/{realm}/account/,
      // signed in with the realm's account-console client, calling the extension's efp-access API.
      accountThemeImplementation: "Single-Page",
      // Read by Keycloak from its environment at each page render (theme.properties
      // `${env.NAME:default}`): ops change them with a restart, no rebuild. See README.
      environmentVariables: [
        { name: "EFP_MINISTRY_NAME", default: "Ministère du Travail, de l'Emploi et de l'Insertion" },
        { name: "EFP_SERVICE_TITLE", default: "EFP Connect" },
        { name: "EFP_NOTICE", default: "" },
      ],
      // We only run Keycloak 26: one jar, no build for the 22-25 range.
      keycloakVersionTargets: {
        "22-to-25": false,
        "all-other-versions": "efp-keycloak-theme.jar",
      },
    }),
  ],
});
