package fr.gouv.travail.efp.captcha.form;

/**
 * The contract between the CAPTCHA form steps and the theme (keycloak-theme, Captcha.tsx):
 * field names, the FreeMarker attribute, message keys.
 */
public final class CaptchaFormFields {

    /** Hidden field carrying the challenge id. */
    public static final String ID = "captcha_id";
    /** Text field with the typed code. */
    public static final String ANSWER = "captcha_answer";
    /** Submit button asking for a new code; the rest of the form is kept, nothing is checked. */
    public static final String REFRESH = "captcha_refresh";
    /** FreeMarker attribute: {@link CaptchaFormBean} (id, imageUrl, audioUrl). */
    public static final String ATTRIBUTE = "captcha";

    /** Field error under {@link #ANSWER}: wrong, replayed, expired code, or one of another session. */
    public static final String INVALID_MESSAGE = "efpCaptchaInvalid";
    /** Field error under {@link #ANSWER}: nothing was typed. */
    public static final String EMPTY_MESSAGE = "efpCaptchaEmpty";
    /** Global error: this login session sent too many wrong codes and must start over. */
    public static final String SESSION_THROTTLED_MESSAGE = "efpCaptchaSessionThrottled";
    /** Global error, with the minutes to wait: this address sent too many wrong codes lately. */
    public static final String ADDRESS_THROTTLED_MESSAGE = "efpCaptchaAddressThrottled";
    /** Global error: the provider could not create a challenge. */
    public static final String UNAVAILABLE_MESSAGE = "efpCaptchaUnavailable";
    /** Event error, for admins reading login events. */
    public static final String INVALID_EVENT_ERROR = "efp_invalid_captcha";
    /** Event error: a CAPTCHA post refused unchecked, session or address throttled. */
    public static final String THROTTLED_EVENT_ERROR = "efp_captcha_throttled";

    /** Bounds checked before anything reaches a provider. */
    static final int MAX_ID_LENGTH = 128;

    static final int MAX_ANSWER_LENGTH = 32;

    private CaptchaFormFields() {}
}
