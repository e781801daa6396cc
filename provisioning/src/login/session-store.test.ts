import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { accessStillGood, configDirectory, sessionKey, SessionStore, toStored } from "./session-store.js";

describe("the CLI's stored sessions", () => {
  let directory: string;
  beforeEach(() => {
    directory = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "efp-store-")), "efp");
  });

  it("lives in the user's configuration directory", () => {
    expect(configDirectory({ EFP_CONFIG_DIR: "/x/efp" })).toBe("/x/efp");
    expect(configDirectory({ XDG_CONFIG_HOME: "/home/a/.config" })).toBe("/home/a/.config/efp");
    expect(configDirectory({})).toBe(path.join(os.homedir(), ".config", "efp"));
  });

  it("is readable by its owner only (file 0600, directory 0700), one entry per server and realm", () => {
    const store = new SessionStore(directory);
    store.put(sessionKey("http://a:8080/", "efp"), toStored({ access_token: "A", refresh_token: "R", expires_in: 300, refresh_expires_in: 1800 }, 1_000));
    store.put(sessionKey("http://b:8080", "efp"), toStored({ access_token: "B", expires_in: 60 }, 1_000));
    expect(fs.statSync(store.file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(directory).mode & 0o777).toBe(0o700);
    expect(store.get("http://a:8080|efp")).toEqual({ accessToken: "A", refreshToken: "R", accessExpiresAt: 301_000, refreshExpiresAt: 1_801_000 });
    expect(store.remove("http://a:8080|efp")).toBe(true);
    expect(store.remove("http://a:8080|efp")).toBe(false);
    expect(store.get("http://b:8080|efp")?.accessToken).toBe("B");
    expect(fs.statSync(store.file).mode & 0o777).toBe(0o600);
    store.remove("http://b:8080|efp");
    expect(fs.existsSync(store.file)).toBe(false);
  });

  it("uses an access token while it has more than 30 s left", () => {
    const session = toStored({ access_token: "A", expires_in: 300 }, 0);
    expect(accessStillGood(session, 269_000)).toBe(true);
    expect(accessStillGood(session, 271_000)).toBe(false);
  });
});
