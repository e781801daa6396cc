import { useEffect, useRef, useState } from "react";
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

const answerId = "captcha_answer";
const hintId = "captcha-hint";
const errorId = "captcha-answer-error";
const listenId = "captcha-listen";

/**
 * "Je ne suis pas un robot": the image, its spoken version and "Afficher un nouveau code".
 * Field names are the server's contract (CaptchaFormFields): captcha_id, captcha_answer and
 * the submit captcha_refresh=true, which the server answers with the same page, a new code and
 * the typed username, checking nothing.
 */
export function Captcha({ captcha, error, i18n }: Props) {
  const { msg, msgStr } = i18n;
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const audioRef = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  useEnterSubmitsWithMainButton(fieldsetRef);
  if (!captcha) return null;

  // One control: it plays the code, or stops it while it plays; its label says which.
  const toggleAudio = () => {
    const audio = audioRef.current;
    if (!audio) return;
    if (!audio.paused) {
      audio.pause();
      audio.currentTime = 0;
      return;
    }
    void audio.play().catch(() => setPlaying(false));
  };

  return (
    <fieldset ref={fieldsetRef} id="captcha" className={fr.cx("fr-fieldset", "fr-mt-3w")} aria-describedby={hintId}>
      <legend className={fr.cx("fr-fieldset__legend")}>
        {msg("efpCaptchaLegend")}
        <span id={hintId} className={fr.cx("fr-hint-text")}>
          {msg("efpCaptchaHint")}
        </span>
      </legend>
      <div className={fr.cx("fr-fieldset__element")}>
        <div className="efp-captcha__challenge">
          <img className="efp-captcha__image" src={captcha.imageUrl} alt={msgStr("efpCaptchaImageAlt")} width={240} height={80} />
          <div className="efp-captcha__actions">
            <button
              type="submit"
              id="captcha-refresh"
              name="captcha_refresh"
              value="true"
              formNoValidate
              className={fr.cx("fr-btn", "fr-btn--secondary", "fr-btn--sm", "fr-icon-refresh-line", "fr-btn--icon-left")}
            >
              {msgStr("efpCaptchaRefresh")}
            </button>
            <button
              type="button"
              id={listenId}
              onClick={toggleAudio}
              className={fr.cx(
                "fr-btn",
                "fr-btn--secondary",
                "fr-btn--sm",
                playing ? "fr-icon-pause-circle-line" : "fr-icon-volume-up-line",
                "fr-btn--icon-left",
                "fr-mt-2w",
              )}
            >
              {playing ? msgStr("efpCaptchaPlaying") : msgStr("efpCaptchaListen")}
            </button>
            {/* No controls: the button above is the only stop on the way. */}
            <audio
              ref={audioRef}
              preload="none"
              src={captcha.audioUrl}
              onPlay={() => setPlaying(true)}
              onPause={() => setPlaying(false)}
              onEnded={() => setPlaying(false)}
            >
              {/* Only for a browser that cannot play audio in the page. */}
              <a href={captcha.audioUrl}>{msg("efpCaptchaAudioDownload")}</a>
            </audio>
            <p className={fr.cx("fr-sr-only")} aria-live="polite">
              {playing ? msgStr("efpCaptchaPlaying") : ""}
            </p>
          </div>
        </div>
      </div>
      <div className={fr.cx("fr-fieldset__element")}>
        <div className={fr.cx("fr-input-group", error ? "fr-input-group--error" : undefined)}>
          <label className={fr.cx("fr-label")} htmlFor={answerId}>
            {msg("efpCaptchaAnswerLabel")}
          </label>
          <input
            className={fr.cx("fr-input", error ? "fr-input--error" : undefined)}
            id={answerId}
            name="captcha_answer"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
          {error && (
            <p id={errorId} className={fr.cx("fr-error-text")} role="alert">
              {error}
            </p>
          )}
        </div>
      </div>
      <input type="hidden" name="captcha_id" value={captcha.id} readOnly />
    </fieldset>
  );
}

/**
 * Enter in a field submits a form through its first submit button, and "Afficher un nouveau
 * code" comes before the page's own button. Enter must still sign in (or register, or send),
 * so it is routed to the form's main button: the first submit that is not the refresh.
 */
function useEnterSubmitsWithMainButton(fieldsetRef: React.RefObject<HTMLFieldSetElement | null>) {
  useEffect(() => {
    const form = fieldsetRef.current?.form;
    if (!form) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target;
      if (event.key !== "Enter" || event.defaultPrevented || !(target instanceof HTMLInputElement)) return;
      if (["checkbox", "radio", "submit", "button", "reset", "file"].includes(target.type)) return;
      const main = form.querySelector<HTMLButtonElement>("button[type=submit]:not([name=captcha_refresh])");
      if (!main || main.disabled) return;
      event.preventDefault();
      form.requestSubmit(main);
    };
    form.addEventListener("keydown", onKeyDown);
    return () => form.removeEventListener("keydown", onKeyDown);
  });
}
