// A local stand-in for PISTE's OAuth endpoint and the CaptchEtat v2 API, as published:
// POST /api/oauth/token (client credentials), GET /piste/captchetat/v2/simple-captcha-endpoint
// ?get=image&c=… → { uuid, imageb64 }, ?get=sound&c=…&t=uuid → audio, POST …/valider-captcha
// { uuid, code } → true|false. Only for tests: GET /test/latest-answer tells the expected code
// of the last image drawn (the browser never sees CaptchEtat's uuid).
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export const FAKE_CLIENT = { id: "efp-test", secret: "efp-test-secret" };

// A 1×1 PNG and a short silent WAV: CaptchEtat's real media are not the point here.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");
function silentWav(seconds: number): Buffer {
  const rate = 8000;
  const data = Buffer.alloc(rate * seconds, 128);
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write("data", 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

export interface FakeCaptchEtat {
  url: string;
  close(): Promise<void>;
}

async function body(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startFakeCaptchEtat(): Promise<FakeCaptchEtat> {
  const answers = new Map<string, string>();
  let latestAnswer = "";
  const tokens = new Set<string>();
  const wav = silentWav(3);
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const send = (status: number, type: string, payload: string | Buffer) => response.writeHead(status, { "Content-Type": type }).end(payload);
    const authorized = () => tokens.has((request.headers.authorization ?? "").replace(/^Bearer /, ""));
    if (request.method === "POST" && url.pathname === "/api/oauth/token") {
      const form = new URLSearchParams(await body(request));
      if (form.get("grant_type") !== "client_credentials" || form.get("client_id") !== FAKE_CLIENT.id || form.get("client_secret") !== FAKE_CLIENT.secret)
        return send(401, "application/json", '{"error":"invalid_client"}');
      const token = crypto.randomUUID();
      tokens.add(token);
      return send(200, "application/json", JSON.stringify({ access_token: token, token_type: "Bearer", expires_in: 3600, scope: "openid" }));
    }
    if (url.pathname === "/test/latest-answer") return send(200, "text/plain", latestAnswer);
    if (!url.pathname.startsWith("/piste/captchetat/v2/")) return send(404, "text/plain", "");
    if (!authorized()) return send(401, "text/plain", "");
    if (request.method === "GET" && url.pathname.endsWith("/simple-captcha-endpoint")) {
      if (url.searchParams.get("get") === "image" && url.searchParams.get("c")) {
        const uuid = crypto.randomUUID();
        latestAnswer = crypto.randomBytes(3).toString("hex").toUpperCase();
        answers.set(uuid, latestAnswer);
        return send(200, "application/json", JSON.stringify({ uuid, imageb64: `data:image/png;base64,${PNG.toString("base64")}` }));
      }
      if (url.searchParams.get("get") === "sound" && answers.has(url.searchParams.get("t") ?? "")) return send(200, "audio/x-wav", wav);
      return send(400, "text/plain", "");
    }
    if (request.method === "POST" && url.pathname.endsWith("/valider-captcha")) {
      const { uuid, code } = JSON.parse(await body(request)) as { uuid: string; code: string };
      const expected = answers.get(uuid);
      answers.delete(uuid);
      return send(200, "application/json", String(expected !== undefined && expected === String(code).toUpperCase()));
    }
    return send(404, "text/plain", "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The Keycloak server configuration that points the captchetat provider at a fake. */
export function captchetatKeycloakEnv(url: string): Record<string, string> {
  return {
    KC_SPI_EFP_CAPTCHA__CAPTCHETAT__TOKEN_URL: `${url}/api/oauth/token`,
    KC_SPI_EFP_CAPTCHA__CAPTCHETAT__API_URL: `${url}/piste/captchetat/v2`,
    KC_SPI_EFP_CAPTCHA__CAPTCHETAT__CLIENT_ID: FAKE_CLIENT.id,
    KC_SPI_EFP_CAPTCHA__CAPTCHETAT__CLIENT_SECRET: FAKE_CLIENT.secret,
  };
}
