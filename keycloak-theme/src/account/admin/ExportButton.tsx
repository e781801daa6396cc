import { useEffect, useRef, useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ApiError } from "@efp/contract";
import { ErrorAlert } from "../components/Feedback";
import { useI18n } from "../i18n/I18nProvider";
import { asApiError } from "../useAsync";
import { fileNameOf, readExport } from "./exportDownload";

type State = { step: "idle" } | { step: "running"; rows: number; bytes: number } | { step: "done"; rows: number } | { step: "failed"; error: ApiError };

/**
 * "Exporter (CSV)": asks efp-admin for the file of the current filters, reads it as it arrives
 * (the rows and bytes received are said in a status message, the page stays usable), then hands
 * it to the browser's downloads through a Blob URL. `start` makes the request.
 */
export function ExportButton({ start, id, fallbackName }: { start: () => Promise<Response>; id: string; fallbackName: string }) {
  const { t, plural } = useI18n();
  const [state, setState] = useState<State>({ step: "idle" });
  const aborted = useRef(false);
  useEffect(
    () => () => {
      aborted.current = true;
    },
    [],
  );

  async function run() {
    setState({ step: "running", rows: 0, bytes: 0 });
    try {
      const response = await start();
      const file = await readExport(response, (progress) => !aborted.current && setState({ step: "running", ...progress }));
      if (aborted.current) return;
      const url = URL.createObjectURL(file.blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = fileNameOf(response.headers.get("content-disposition"), fallbackName);
      document.body.appendChild(link);
      link.click();
      link.remove();
      // The browser has taken the file: the URL can go (after the click is handled).
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ step: "done", rows: file.rows });
    } catch (error) {
      if (!aborted.current) setState({ step: "failed", error: asApiError(error) });
    }
  }

  return (
    <div className={fr.cx("fr-my-2w")}>
      <Button
        type="button"
        priority="secondary"
        iconId="fr-icon-download-line"
        disabled={state.step === "running"}
        onClick={() => void run()}
        nativeButtonProps={{ id, "aria-describedby": `${id}-status` }}
      >
        {t("exportCsv")}
      </Button>
      <p role="status" id={`${id}-status`} className={fr.cx("fr-text--sm", "fr-mt-1w", "fr-mb-0")}>
        {state.step === "running" && t("exportRunning", plural("exportRows", state.rows), Math.ceil(state.bytes / 1024))}
        {state.step === "done" && t("exportDone", plural("exportRows", state.rows))}
      </p>
      {state.step === "failed" && <ErrorAlert error={state.error} id={`${id}-error`} />}
    </div>
  );
}
