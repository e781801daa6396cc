import { Notice } from "@codegouvfr/react-dsfr/Notice";
import type { I18n } from "../i18n";

/**
 * The DSFR "bandeau d'information importante" under the header, with the text ops set in
 * EFP_NOTICE (e.g. the migration message). Not closable: it must be read on every page.
 */
export function NoticeBanner({ text, i18n }: { text: string; i18n: I18n }) {
  if (text === "") return null;
  // A named region: every part of the page then belongs to a landmark.
  return (
    <div role="region" aria-label={i18n.msgStr("efpNoticeTitle")}>
      <Notice id="efp-notice" title={text} />
    </div>
  );
}
