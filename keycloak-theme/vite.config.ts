import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { keycloakify } from "keycloakify/vite-plugin";
import path from "node:path";
import type { Plugin } from "vite";
import { engineFamiliesMissing, modulesServing, pruneCss } from "./src/build/pruneCss";
import { FIRST_RENDER_EVENT } from "./src/shared/firstRenderEvent";
import { withThemeParent } from "./src/build/themeParent";
import fs from "node:fs";

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
      const graph = (id: string) => {
        const info = this.getModuleInfo(id);
        return info === null ? undefined : { imports: info.importedIds, dynamicImports: info.dynamicallyImportedIds };
      };
      const isEngine = (id: string) => /[\\/]react-dsfr[\\/]dsfr[\\/]dsfr\.module\.js$/.test(id);
      const engine = chunks.flatMap((chunk) => Object.entries(chunk.modules)).find(([id]) => isEngine(id));
      const missing = engineFamiliesMissing(engine?.[1].code ?? "");
      if (missing.length > 0) throw new Error(`efp-prune-dsfr-css : le script du DSFR ne nomme plus ${missing.join(", ")} (src/build/pruneCss.ts)`);
      // The entry modules: main.tsx, behind index.html's facade.
      const entries = chunks
        .flatMap((chunk) => (chunk.isEntry && chunk.facadeModuleId !== null ? [chunk.facadeModuleId] : []))
        .flatMap((id) => (id.endsWith(".html") ? (this.getModuleInfo(id)?.importedIds ?? []) : [id]));
      for (const file of Object.values(bundle)) {
        if (file.type !== "asset" || !file.fileName.endsWith(".css")) continue;
        // A stylesheet is judged by the code of the modules it serves (its importers and all they
        // reach, src/build/pruneCss.ts): the login pages' copy of the DSFR keeps nothing that only
        // Mon compte names, even in the library chunk both apps load.
        const owners = chunks.filter((chunk) => chunk.viteMetadata?.importedCss.has(file.fileName));
        const importers = owners
          .flatMap((chunk) => Object.keys(chunk.modules))
          .filter((id) => /\.css(\?|$)/.test(id))
          .flatMap((id) => this.getModuleInfo(id)?.importers ?? []);
        const served = modulesServing(entries, importers, graph);
        const modules = chunks.flatMap((chunk) => Object.entries(chunk.modules)).filter(([id]) => served.has(id));
        const code = modules.map(([, module]) => module.code ?? "").join("\n");
        const dsfrCode = modules
          .filter(([id]) => id.replace(/\\/g, "/").includes("/@codegouvfr/react-dsfr/") && !isEngine(id))
          .map(([, module]) => module.code ?? "")
          .join("\n");
        file.source = pruneCss(String(file.source), { code, dsfrCode });
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
  // The DSFR's stylesheet goes with the app that imports it (`main.css?login`, `?account`).
  const dsfrCss = /\/@codegouvfr\/react-dsfr\/main\.css\?(login|account)$/.exec(path);
  if (dsfrCss) return dsfrCss[1];
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
 * libraries have run (the app chunk is a lazy import): an inline script right after the entry and
 * before the stylesheet (an inline script waits for the stylesheets above it: at the end of the
 * body it waited for the DSFR's, and the app's files were fetched in a second wave after it;
 * one page serves both apps; `kcContext.themeType` says which) adds their preload links, next to
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
      handler(html, context) {
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
        // Before any stylesheet of the page, or at the end of the head.
        const place = /\n(\s*)(<link rel="stylesheet"|<\/head>)/;
        const found = place.exec(html);
        if (found === null) throw new Error("efp-preload-app : pas de <head> dans index.html");
        return html.replace(place, `\n${found[1]}<script>${script}</script>\n${found[1]}${found[2]}`);
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
      // Run by `keycloakify build` in the folder that becomes the jar, before it is zipped.
      postBuild: async () => {
        const properties = path.join("theme", "efp", "login", "theme.properties");
        fs.writeFileSync(properties, withThemeParent(fs.readFileSync(properties, "utf8"), "base"));
      },
    }),
  ],
});
