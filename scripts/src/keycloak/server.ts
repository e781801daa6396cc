import path from "node:path";
import { startService, waitForHttp, type Service } from "../process.js";
import type { Jdk } from "./jdk.js";

export interface KeycloakOptions {
  home: string;
  jdk: Jdk;
  port: number;
  managementPort: number;
  adminUsername: string;
  adminPassword: string;
  logFile: string;
  /** Extra server configuration, e.g. KC_SPI_EFP_CAPTCHA__CAPTCHETAT__API_URL. */
  env?: Record<string, string>;
  /** Receives the process as soon as it is spawned, so a caller can stop it even if it never gets ready. */
  onSpawn?: (service: Service) => void;
}

export interface RunningKeycloak {
  url: string;
  managementUrl: string;
  service: Service;
}

/** Starts an already built Keycloak on loopback and waits until it reports ready. */
export async function startKeycloak(options: KeycloakOptions): Promise<RunningKeycloak> {
  const url = keycloakUrl(options.port);
  const args = [
    "start",
    "--optimized",
    "--http-enabled=true",
    "--http-host=127.0.0.1",
    `--http-port=${options.port}`,
    `--http-management-port=${options.managementPort}`,
    // The URL every stack advertises (dev, tests, bench), as docker-compose.yml sets KC_HOSTNAME
    // for production: Keycloak builds its URLs, and the links in our emails, from it, never from
    // the request's Host header (a forged one put http://evil.example/… in an access manager's
    // email). Keycloak's back channel follows it too, so the issuer is the same on every path.
    `--hostname=${url}`,
  ];
  const service = startService("Keycloak", path.join(options.home, "bin", "kc.sh"), args, {
    cwd: options.home,
    logFile: options.logFile,
    env: {
      ...process.env,
      JAVA_HOME: options.jdk.home,
      KC_BOOTSTRAP_ADMIN_USERNAME: options.adminUsername,
      KC_BOOTSTRAP_ADMIN_PASSWORD: options.adminPassword,
      ...options.env,
    },
  });
  options.onSpawn?.(service);
  const managementUrl = `http://127.0.0.1:${options.managementPort}`;
  await waitForHttp(`${managementUrl}/health/ready`, { timeoutMs: 240_000, service });
  return { url, managementUrl, service };
}

/** Keycloak's public URL on a stack of this machine: what browsers, tests and emails use. */
export function keycloakUrl(port: number): string {
  return `http://localhost:${port}`;
}
