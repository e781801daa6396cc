package fr.gouv.travail.efp.validation;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/**
 * The "code de validation" page: the theme's {@value #TEMPLATE}, fed with the {@value #ATTRIBUTE}
 * map. The same method renders it for every case, real or decoy, so the two cannot drift apart.
 *
 * <p>In the flows that may have no account behind them ({@link #renderWhateverTheAccount}),
 * nothing of the page may depend on whether the flow has one: not the user Keycloak would hand
 * to the page (its locale, its organization, the identity providers it is linked to), nor the
 * {@code auth} bean that Keycloak derives from it ({@link EmailCodeAuthBean}).
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

    private EmailCodePage() {}

    /**
     * The page of a flow step (registration, forgotten password), the same whether an account
     * stands behind it or not: rendered without the flow's user nor its authentication context.
     */
    static Response renderWhateverTheAccount(
            LoginFormsProvider form,
            String maskedEmail,
            String purpose,
            ValidationCodePolicy policy,
            EmailCodeExchange.Result result) {
        form.setUser(null);
        form.setAuthContext(null);
        EmailCodeAuthBean auth = new EmailCodeAuthBean(maskedEmail);
        // Keycloak puts its own "auth" after every setAttribute; the mapper runs last.
        form.setAttributeMapper(attributes -> {
            attributes.put("auth", auth);
            return attributes;
        });
        return render(form, maskedEmail, purpose, policy, result);
    }

    /** The page of a signed-in person (required actions): Keycloak's context as usual. */
    static Response render(
            LoginFormsProvider form,
            String maskedEmail,
            String purpose,
            ValidationCodePolicy policy,
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
            case INVALID ->
                form.addError(new FormMessage(EmailCodeExchange.FIELD_CODE, CODE_INVALID, result.attemptsLeft()));
            case EXPIRED -> form.addError(new FormMessage(EmailCodeExchange.FIELD_CODE, CODE_EXPIRED));
            case TOO_MANY_ATTEMPTS ->
                form.addError(new FormMessage(EmailCodeExchange.FIELD_CODE, CODE_TOO_MANY_ATTEMPTS));
            case RESENT -> form.setSuccess(CODE_RESENT);
            case RESEND_TOO_SOON -> form.setError(CODE_RESEND_TOO_SOON, result.resendInSeconds());
            default -> {
                // SENT, SHOWN: the page alone says where the code went.
            }
        }
        return form.createForm(TEMPLATE);
    }
}
