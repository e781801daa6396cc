// The CLI's session for a person (`efp login`): kept in the user's configuration directory,
// readable by them alone, one entry per Keycloak URL and realm.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TokenSet } from "./device-flow.js";

export interface StoredSession {
  accessToken: string;
  refreshToken?: string;
  /** Milliseconds since the epoch. */
  accessExpiresAt: number;
  refreshExpiresAt?: number;
}

/** $EFP_CONFIG_DIR, else $XDG_CONFIG_HOME/efp, else ~/.config/efp. */
export function configDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (env.EFP_CONFIG_DIR) return env.EFP_CONFIG_DIR;
  return path.join(env.XDG_CONFIG_HOME || path.join(os.homedir(), ".config"), "efp");
}

export const sessionKey = (url: string, realm: string) => `${url.replace(/\/$/, "")}|${realm}`;

export function toStored(tokens: TokenSet, now = Date.now()): StoredSession {
  return {
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    accessExpiresAt: now + (tokens.expires_in ?? 60) * 1000,
    ...(tokens.refresh_expires_in ? { refreshExpiresAt: now + tokens.refresh_expires_in * 1000 } : {}),
  };
}

/** An access token is used while it has more than 30 s left (a call may take a few). */
export const accessStillGood = (session: StoredSession, now = Date.now()) => session.accessExpiresAt - now > 30_000;

export class SessionStore {
  readonly file: string;

  constructor(directory = configDirectory()) {
    this.file = path.join(directory, "sessions.json");
  }

  private readAll(): Record<string, StoredSession> {
    try {
      return JSON.parse(fs.readFileSync(this.file, "utf8")) as Record<string, StoredSession>;
    } catch {
      return {};
    }
  }

  private writeAll(all: Record<string, StoredSession>) {
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    // Written aside then renamed: a crash never leaves half a file; created 0600 from the start.
    const temporary = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(all, null, 2), { mode: 0o600 });
    fs.chmodSync(temporary, 0o600);
    fs.renameSync(temporary, this.file);
  }

  get(key: string): StoredSession | undefined {
    return this.readAll()[key];
  }

  put(key: string, session: StoredSession) {
    this.writeAll({ ...this.readAll(), [key]: session });
  }

  remove(key: string): boolean {
    const all = this.readAll();
    if (!(key in all)) return false;
    delete all[key];
    if (Object.keys(all).length === 0) fs.rmSync(this.file, { force: true });
    else this.writeAll(all);
    return true;
  }
}
