import { fr } from "@codegouvfr/react-dsfr";
import type { I18n } from "../i18n";

/** What the server's CAPTCHA step puts in the page (keycloak-extension, CaptchaFormBean). */
export type CaptchaContext = { id: string; imageUrl: string; audioUrl: string };

type Props = {
  captcha: CaptchaContext | undefined;
  /** The server's error for the answer field (wrong, replayed or expired code), if any. */
  error: string | undefined;
  i18n: I18n;
};

/**
 * "Je ne suis pas un robot": the image, its spoken version and "Afficher un nouveau code" (a
 * submit the server answers with the same page and a new code, keeping what was typed). Field
 * names are the server's contract: captcha_id, captcha_answer, captcha_refresh.
 */
/** Posts the form with captcha_refresh=true: the server answers with a new code, nothing checked. */
function requestNewCode(event: React.MouseEvent<HTMLButtonElement>) {
  const form = event.currentTarget.form;
  if (!form) return;
  const flag = document.createElement("input");
  flag.type = "hidden";
  flag.name = "captcha_refresh";
  flag.value = "true";
  form.appendChild(flag);
  form.submit();
}

export function Captcha({ captcha, error, i18n }: Props) {
  const { msg, msgStr } = i18n;
  if (!captcha) return null;
  const hintId = "captcha-hint";
  const errorId = "captcha-answer-error";
  return (
    <fieldset className={fr.cx("fr-fieldset", "fr-mt-3w")} aria-describedby={hintId}>
      <legend className={fr.cx("fr-fieldset__legend")}>
        {msg("efpCaptchaLegend")}
        <span id={hintId} className={fr.cx("fr-hint-text")}>
          {msg("efpCaptchaHint")}
        </span>
      </legend>
      <div className={fr.cx("fr-fieldset__element")}>
        <img src={captcha.imageUrl} alt={msgStr("efpCaptchaImageAlt")} width={240} height={80} />
      </div>
      <div className={fr.cx("fr-fieldset__element")}>
        <p>
            {/* A plain button, not a submit: pressing Enter in a field submits the form with its
                first submit button, which must stay "Se connecter". */}
            <button type="button" id="captcha-refresh" onClick={requestNewCode} className={fr.cx("fr-btn", "fr-btn--secondary", "fr-btn--sm", "fr-icon-refresh-line", "fr-btn--icon-left")}>
              {msgStr("efpCaptchaRefresh")}
            </button>
        </p>
        <figure className={fr.cx("fr-m-0")}>
          <figcaption id="captcha-audio-label" className={fr.cx("fr-text--sm", "fr-mb-1v")}>
            {msg("efpCaptchaListen")}
          </figcaption>
          <audio controls preload="none" src={captcha.audioUrl} aria-labelledby="captcha-audio-label">
            <a href={captcha.audioUrl}>{msg("efpCaptchaListen")}</a>
          </audio>
        </figure>
      </div>
      <div className={fr.cx("fr-fieldset__element")}>
        <div className={fr.cx("fr-input-group", error ? "fr-input-group--error" : undefined)}>
          <label className={fr.cx("fr-label")} htmlFor="captcha_answer">
            {msg("efpCaptchaAnswerLabel")}
          </label>
          <input
            className={fr.cx("fr-input", error ? "fr-input--error" : undefined)}
            id="captcha_answer"
            name="captcha_answer"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
          {error && (
            <p id={errorId} className={fr.cx("fr-error-text")}>
              {error}
            </p>
          )}
        </div>
      </div>
      <input type="hidden" name="captcha_id" defaultValue={captcha.id} />
    </fieldset>
  );
}
