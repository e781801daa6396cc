import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import * as oidc from "openid-client";
import { errorPage, homePage, profilePage, type Claims } from "./html.js";
import { REPO_ROOT } from "../paths.js";

/** The Marianne favicon of the DSFR (the files the theme ships), served as the browser asks for them. */
const FAVICON_DIR = path.join(REPO_ROOT, "node_modules", "@codegouvfr", "react-dsfr", "favicon");
const FAVICONS: Record<string, string> = { "/favicon.ico": "image/x-icon", "/favicon.svg": "image/svg+xml" };

export interface DemoAppOptions {
  /** Issuer URL of the realm, e.g. http://localhost:8080/realms/efp */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Public base URL of this app, e.g. http://localhost:3000 */
  baseUrl: string;
}

interface Session {
  pending?: { state: string; nonce: string; codeVerifier: string };
  idToken?: string;
  idClaims?: Claims;
  accessClaims?: Claims;
  userInfo?: Claims;
  expiresAt: number;
}

const COOKIE = "soffi_session";
const SESSION_TTL_MS = 30 * 60 * 1000;

/** Reads a JWT's payload without checking it: only for display of the access token. */
export function decodeJwtPayload(jwt: string): Claims {
  const payload = jwt.split(".")[1];
  if (!payload) throw new Error("jeton mal formé");
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
}

/**
 * The SOFFI demo relying party: a confidential OIDC client using the authorization code flow
 * with PKCE, state and nonce, the way a real application of the ministry integrates.
 */
export function createDemoApp(options: DemoAppOptions): http.Server {
  const sessions = new Map<string, Session>();
  let configuration: Promise<oidc.Configuration> | undefined;
  const discover = () => {
    // Discovery is retried on the next request when Keycloak was not reachable.
    configuration ??= oidc
      .discovery(new URL(options.issuer), options.clientId, options.clientSecret, undefined, {
        // Loopback dev stack over http; a production application talks https only.
        execute: options.issuer.startsWith("http://") ? [oidc.allowInsecureRequests] : [],
      })
      .catch((error) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  };

  const sessionOf = (request: http.IncomingMessage, response: http.ServerResponse): Session => {
    const id = parseCookies(request.headers.cookie)[COOKIE];
    const existing = id ? sessions.get(id) : undefined;
    if (existing && existing.expiresAt > Date.now()) return existing;
    if (id) sessions.delete(id);
    const newId = crypto.randomBytes(32).toString("base64url");
    const session: Session = { expiresAt: Date.now() + SESSION_TTL_MS };
    sessions.set(newId, session);
    response.setHeader("Set-Cookie", `${COOKIE}=${newId}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${SESSION_TTL_MS / 1000}`);
    return session;
  };

  const send = (response: http.ServerResponse, status: number, html: string) => {
    response.writeHead(status, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    });
    response.end(html);
  };
  const redirect = (response: http.ServerResponse, location: string) => {
    response.writeHead(302, { Location: location, "Cache-Control": "no-store" });
    response.end();
  };

  return http.createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", options.baseUrl);
    try {
      if (request.method !== "GET") return send(response, 405, errorPage("Méthode non autorisée."));
      const favicon = FAVICONS[url.pathname];
      if (favicon) {
        response.writeHead(200, { "Content-Type": favicon, "Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff" });
        return response.end(fs.readFileSync(path.join(FAVICON_DIR, path.basename(url.pathname))));
      }
      const session = sessionOf(request, response);
      switch (url.pathname) {
        case "/":
          if (session.idClaims) return send(response, 200, profilePage(session.idClaims, session.accessClaims ?? {}, session.idToken, session.userInfo));
          return send(response, 200, homePage());
        case "/login": {
          const config = await discover();
          const codeVerifier = oidc.randomPKCECodeVerifier();
          const pending = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier };
          session.pending = pending;
          const authorizationUrl = oidc.buildAuthorizationUrl(config, {
            redirect_uri: `${options.baseUrl}/callback`,
            scope: "openid profile email",
            code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
            code_challenge_method: "S256",
            state: pending.state,
            nonce: pending.nonce,
          });
          return redirect(response, authorizationUrl.href);
        }
        case "/callback": {
          const pending = session.pending;
          if (!pending) return send(response, 400, errorPage("Aucune connexion en cours : recommencez depuis l'accueil."));
          session.pending = undefined;
          const config = await discover();
          const tokens = await oidc.authorizationCodeGrant(config, url, {
            pkceCodeVerifier: pending.codeVerifier,
            expectedState: pending.state,
            expectedNonce: pending.nonce,
            idTokenExpected: true,
          });
          session.idToken = tokens.id_token;
          session.idClaims = tokens.claims() as Claims;
          session.accessClaims = decodeJwtPayload(tokens.access_token);
          // What the userinfo endpoint answers for that access token (the same subject, checked).
          session.userInfo = (await oidc.fetchUserInfo(config, tokens.access_token, session.idClaims.sub as string)) as Claims;
          return redirect(response, "/");
        }
        case "/logout": {
          const idToken = session.idToken;
          session.idToken = session.idClaims = session.accessClaims = session.userInfo = undefined;
          if (!idToken) return redirect(response, "/");
          const config = await discover();
          const endSession = oidc.buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: `${options.baseUrl}/` });
          return redirect(response, endSession.href);
        }
        case "/health":
          response.writeHead(200, { "Content-Type": "text/plain" });
          return response.end("ok");
        default:
          return send(response, 404, errorPage("Cette page n'existe pas."));
      }
    } catch (error) {
      const message =
        error instanceof oidc.AuthorizationResponseError
          ? `EFP Connect a refusé la connexion : ${error.error_description ?? error.error}`
          : "Une erreur est survenue pendant la connexion. Réessayez.";
      console.error(error);
      if (!response.headersSent) send(response, 502, errorPage(message));
    }
  });
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0) cookies[part.slice(0, index).trim()] = part.slice(index + 1).trim();
  }
  return cookies;
}
