// A request as an attacker sends it: a Host (and X-Forwarded-Host) of their choosing. fetch()
// sets Host itself, so this goes through node:http, which sends the header given.
import http from "node:http";

export const FORGED_HOST = "evil.example";

/** POSTs JSON to `url` (a URL of the test Keycloak) with a forged Host; resolves with the status and body. */
export function postWithForgedHost(url: string, token: string, body: unknown): Promise<{ status: number; body: string }> {
  const target = new URL(url);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: Number(target.port),
        path: `${target.pathname}${target.search}`,
        method: "POST",
        headers: {
          Host: FORGED_HOST,
          "X-Forwarded-Host": FORGED_HOST,
          "X-Forwarded-Proto": "https",
          Forwarded: `host=${FORGED_HOST};proto=https`,
          Authorization: `Bearer ${token}`,
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(payload),
        },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on("error", reject);
    request.end(payload);
  });
}

/** Every http(s) link of a mail (text and HTML parts). */
export function linksOf(mail: { text?: string; html?: string }): string[] {
  return [...`${mail.text ?? ""} ${mail.html ?? ""}`.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((match) => match[0].replace(/&amp;/g, "&"));
}
