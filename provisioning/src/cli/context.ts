// What every command group shares: the global options, where results go, and the clients of
// Keycloak and of the extension's APIs, made on demand from the options once they are parsed.
import path from "node:path";
import { fileURLToPath } from "node:url";
import fs from "node:fs";
import { once } from "node:events";
import { accessEndpoints, adminEndpoints, adminExports, ApiError } from "@efp/contract";
import type { Command } from "commander";
import { EfpApi } from "../api/client.js";
import { connect } from "../connect.js";
import { PersonSession } from "../login/person-session.js";

export const DEFAULT_CONFIG_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "realm-config");

export interface GlobalOptions {
  url: string;
  realm: string;
  json: boolean;
  clientId: string;
  clientSecret?: string;
  token?: string;
  loginClientId: string;
}

/** Where a command writes: human lines, or one JSON document with --json. */
export class Output {
  constructor(private readonly json: boolean) {}
  result(value: unknown, human: () => string | string[]) {
    if (this.json) console.log(JSON.stringify(value, null, 2));
    else {
      const lines = human();
      console.log(Array.isArray(lines) ? lines.join("\n") : lines);
    }
  }
}

/**
 * Writes a streamed answer (a CSV export) to a file, or to the standard output, as it arrives:
 * never the whole body in memory. Returns the bytes written.
 */
export async function writeStreamed(response: Response, file?: string): Promise<number> {
  const out = file ? fs.createWriteStream(file) : process.stdout;
  let bytes = 0;
  try {
    if (response.body) {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += chunk.byteLength;
        if (!out.write(chunk)) await once(out, "drain");
      }
    }
  } finally {
    if (file) await new Promise<void>((resolve, reject) => (out as fs.WriteStream).end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
  return bytes;
}

/** A comma-separated option value as a list. */
export const list = (value: string) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

export class Cli {
  constructor(private readonly program: Command) {}

  globals(): GlobalOptions {
    return this.program.opts<GlobalOptions>();
  }

  out(): Output {
    return new Output(this.globals().json);
  }

  personSession(): PersonSession {
    const { url, realm, loginClientId } = this.globals();
    return new PersonSession({ url, realm, clientId: loginClientId });
  }

  /** A person's token: given (--token / EFP_TOKEN), else the session of efp login. */
  private personToken(): () => Promise<string> {
    const { token } = this.globals();
    return token ? async () => token : () => this.personSession().accessToken();
  }

  /** efp-admin: client credentials or a given token, else the session of efp login. */
  api(): EfpApi {
    const { url, realm, clientId, clientSecret, token } = this.globals();
    if (!token && !clientSecret && this.personSession().has()) return new EfpApi({ baseUrl: url, realm, tokenProvider: this.personToken() });
    return new EfpApi({ baseUrl: url, realm, clientId, clientSecret, accessToken: token });
  }

  /** efp-admin's endpoints, typed. */
  admin() {
    return adminEndpoints(this.api().request);
  }

  /** efp-admin's CSV exports: streamed answers. */
  exports() {
    return adminExports(this.api().download);
  }

  /**
   * efp-access, the API of Mon compte, in a person's name (invitations say who invites): that
   * person's session (efp login) or token (--token / EFP_TOKEN), never a service account.
   */
  access() {
    const { url, realm, token } = this.globals();
    if (!token && !this.personSession().has()) {
      throw new ApiError(
        401,
        "missing_token",
        "Les invitations partent au nom d'une personne : connectez-vous avec efp login (ou donnez son jeton : --token ou EFP_TOKEN).",
      );
    }
    return accessEndpoints(new EfpApi({ baseUrl: url, realm, tokenProvider: this.personToken(), service: "efp-access" }).request);
  }

  /** Keycloak's admin REST API as its bootstrap administrator (plan, apply, users create). */
  keycloak() {
    return connect({
      baseUrl: this.globals().url,
      username: process.env.KC_BOOTSTRAP_ADMIN_USERNAME ?? "admin",
      password: process.env.KC_BOOTSTRAP_ADMIN_PASSWORD ?? "admin",
    });
  }
}
