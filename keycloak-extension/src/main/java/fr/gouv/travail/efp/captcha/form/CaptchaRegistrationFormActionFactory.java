package fr.gouv.travail.efp.captcha.form;

import fr.gouv.travail.efp.common.provider.FlowStepFactory;
import org.keycloak.authentication.FormAction;
import org.keycloak.authentication.FormActionFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;

/** Registers {@link CaptchaRegistrationFormAction} as {@value #PROVIDER_ID}. */
public class CaptchaRegistrationFormActionFactory extends FlowStepFactory<FormAction> implements FormActionFactory {

    public static final String PROVIDER_ID = "efp-registration-captcha";
    private static final CaptchaRegistrationFormAction SINGLETON = new CaptchaRegistrationFormAction();

    public CaptchaRegistrationFormActionFactory() {
        super(
                PROVIDER_ID,
                "EFP: Registration CAPTCHA",
                "CAPTCHA on the registration form, from the realm's CAPTCHA provider.",
                Requirement.REQUIRED,
                Requirement.DISABLED);
    }

    @Override
    public FormAction create(KeycloakSession session) {
        return SINGLETON;
    }
}
