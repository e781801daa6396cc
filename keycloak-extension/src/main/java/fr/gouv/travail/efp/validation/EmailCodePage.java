package fr.gouv.travail.efp.validation;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/**
 * The "code de validation" page: the theme's {@value #TEMPLATE}, fed with the {@value #ATTRIBUTE}
 * map. The same method renders it for every case, real or decoy, so the two cannot drift apart.
 */
final class EmailCodePage {

    static final String TEMPLATE = "efp-email-code.ftl";
    static final String ATTRIBUTE = "emailCode";

    static final String PURPOSE_REGISTRATION = "registration";
    static final String PURPOSE_RESET_PASSWORD = "reset-password";

    static final String CODE_INVALID = "efpCodeInvalid";
    static final String CODE_EXPIRED = "efpCodeExpired";
    static final String CODE_TOO_MANY_ATTEMPTS = "efpCodeTooManyAttempts";
    static final String CODE_RESENT = "efpCodeResent";
    static final String CODE_RESEND_TOO_SOON = "efpCodeResendTooSoon";

    private EmailCodePage() {
    }

    static Response render(LoginFormsProvider form, String maskedEmail, String purpose, ValidationCodePolicy policy,
            EmailCodeExchange.Result result) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("email", maskedEmail);
        page.put("codeLength", policy.length());
        page.put("validityMinutes", policy.validityMinutes());
        page.put("attemptsLeft", result.attemptsLeft());
        page.put("resendInSeconds", result.resendInSeconds());
        page.put("purpose", purpose);
        form.setAttribute(ATTRIBUTE, page);
        switch (result.kind()) {
            case INVALID -> form.addError(new FormMessage(EmailCodeExchange.FIELD_CODE, CODE_INVALID, result.attemptsLeft()));
            case EXPIRED -> form.addError(new FormMessage(EmailCodeExchange.FIELD_CODE, CODE_EXPIRED));
            case TOO_MANY_ATTEMPTS -> form.addError(new FormMessage(EmailCodeExchange.FIELD_CODE, CODE_TOO_MANY_ATTEMPTS));
            case RESENT -> form.setSuccess(CODE_RESENT);
            case RESEND_TOO_SOON -> form.setError(CODE_RESEND_TOO_SOON, result.resendInSeconds());
            default -> {
                // SENT, SHOWN: the page alone says where the code went.
            }
        }
        return form.createForm(TEMPLATE);
    }
}
