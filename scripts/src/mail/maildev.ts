import path from "node:path";
import { fileURLToPath } from "node:url";
import { startService, waitForHttp, type Service } from "../process.js";

export interface RunningMailDev {
  webUrl: string;
  smtpHost: string;
  smtpPort: number;
  service: Service;
}

/** Starts MailDev (the npm package) on loopback: SMTP for Keycloak, a web inbox and REST API. */
export async function startMailDev(options: {
  smtpPort: number;
  webPort: number;
  mailDirectory: string;
  logFile: string;
  onSpawn?: (service: Service) => void;
}): Promise<RunningMailDev> {
  // The package exports only its module entry (dist/index.js); the CLI sits beside it.
  const bin = path.join(path.dirname(fileURLToPath(import.meta.resolve("maildev"))), "bin", "maildev.js");
  const service = startService(
    "MailDev",
    process.execPath,
    [
      bin,
      "--smtp",
      String(options.smtpPort),
      "--web",
      String(options.webPort),
      "--ip",
      "127.0.0.1",
      "--web-ip",
      "127.0.0.1",
      // Its own folder: MailDev otherwise shares /tmp/maildev with every other instance.
      "--mail-directory",
      options.mailDirectory,
    ],
    { logFile: options.logFile },
  );
  options.onSpawn?.(service);
  const webUrl = `http://localhost:${options.webPort}`;
  await waitForHttp(`http://127.0.0.1:${options.webPort}/api/healthz`, { timeoutMs: 30_000, service });
  return { webUrl, smtpHost: "127.0.0.1", smtpPort: options.smtpPort, service };
}
