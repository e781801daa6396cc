package fr.gouv.travail.efp.validation;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

/** Registers {@link RegistrationEmailCode} as {@value #PROVIDER_ID}. */
public class RegistrationEmailCodeFactory extends CodeStepFactory {

    public static final String PROVIDER_ID = "efp-registration-email-code";

    public RegistrationEmailCodeFactory() {
        super(
                PROVIDER_ID,
                "EFP: Registration validation code",
                "After the registration form (with 'efp-registration-user-creation'): emails a validation code and"
                        + " verifies the address; for an address that already has an account, shows the same page and tells"
                        + " the owner by email.",
                RegistrationEmailCode::new,
                Requirement.REQUIRED,
                Requirement.DISABLED);
    }
}
