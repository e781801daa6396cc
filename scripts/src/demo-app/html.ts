// Rendering of the demo application's pages. Every value that comes from a token or a request
// goes through escapeHtml: claims are user-controlled (names, emails).

export function escapeHtml(value: unknown): string {
  return String(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const STYLE = `
  body { font-family: Marianne, Arial, sans-serif; margin: 0; color: #161616; background: #fff; }
  header { border-bottom: 1px solid #ddd; padding: 1rem 2rem; display: flex; justify-content: space-between; align-items: center; }
  header p { margin: 0; }
  .brand { font-weight: 700; }
  main { padding: 2rem; max-width: 60rem; }
  a.button, button { display: inline-block; background: #000091; color: #fff; padding: .5rem 1.5rem; border: 0; text-decoration: none; font-size: 1rem; cursor: pointer; }
  a.button:focus-visible, button:focus-visible, a:focus-visible { outline: 2px solid #0a76f6; outline-offset: 2px; }
  table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
  th, td { text-align: left; border-bottom: 1px solid #ddd; padding: .4rem .6rem; vertical-align: top; }
  td code { white-space: pre-wrap; word-break: break-all; }
  .error { border-left: 4px solid #ce0500; padding: .5rem 1rem; background: #ffe9e9; }
`;

export function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="icon" href="/favicon.ico" sizes="any">
<title>${escapeHtml(title)} – SOFFI (application de démonstration)</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <p class="brand">SOFFI <span>– Suivi Opérateurs, Formation et Financement</span></p>
  <p>Application de démonstration d'EFP Connect</p>
</header>
<main id="contenu">
${body}
</main>
</body>
</html>`;
}

export function homePage(): string {
  return layout(
    "Accueil",
    `<h1>Bienvenue sur SOFFI</h1>
<p>Cette application de démonstration est protégée par EFP Connect (OpenID Connect, code d'autorisation et PKCE).</p>
<p><a class="button" id="login" href="/login">Se connecter avec EFP Connect</a></p>`,
  );
}

export type Claims = Record<string, unknown>;

function claimsTable(caption: string, id: string, claims: Claims): string {
  const rows = Object.entries(claims)
    .map(
      ([name, value]) =>
        `<tr><th scope="row">${escapeHtml(name)}</th><td><code>${escapeHtml(typeof value === "string" ? value : JSON.stringify(value, null, 1))}</code></td></tr>`,
    )
    .join("\n");
  return `<table id="${id}"><caption><h2>${escapeHtml(caption)}</h2></caption>
<thead><tr><th scope="col">Revendication</th><th scope="col">Valeur</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

export function profilePage(idClaims: Claims, accessClaims: Claims, rawIdToken = "", userInfo: Claims = {}): string {
  const name = [idClaims.given_name, idClaims.family_name].filter(Boolean).join(" ") || idClaims.preferred_username || idClaims.sub;
  return layout(
    "Mon identité",
    `<h1>Bonjour <span id="user-name">${escapeHtml(name)}</span></h1>
<p>Connecté en tant que <strong id="user-email">${escapeHtml(idClaims.email ?? "")}</strong>.</p>
<p><a class="button" id="logout" href="/logout">Se déconnecter</a></p>
${claimsTable("Jeton d'identité (ID token, signature vérifiée)", "id-token-claims", idClaims)}
${claimsTable("Jeton d'accès (contenu décodé)", "access-token-claims", accessClaims)}
${claimsTable("Point d'accès userinfo (réponse au jeton d'accès)", "userinfo-claims", userInfo)}
<details><summary>Jeton d'identité brut (JWT)</summary><p><code id="raw-id-token">${escapeHtml(rawIdToken)}</code></p></details>`,
  );
}

export function errorPage(message: string): string {
  return layout(
    "Erreur",
    `<h1>La connexion n'a pas abouti</h1>
<p class="error" role="alert">${escapeHtml(message)}</p>
<p><a class="button" href="/">Revenir à l'accueil</a></p>`,
  );
}
