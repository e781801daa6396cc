import { Notice } from "@codegouvfr/react-dsfr/Notice";

/**
 * The DSFR "bandeau d'information importante" under the header, with the text ops set in
 * EFP_NOTICE (e.g. the migration message). Not closable: it must be read on every page.
 */
export function NoticeBanner({ text, label }: { text: string; label: string }) {
  if (text === "") return null;
  // A named region: every part of the page then belongs to a landmark.
  return (
    <div role="region" aria-label={label}>
      <Notice id="efp-notice" title={text} />
    </div>
  );
}
