package fr.gouv.travail.efp.validation;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

/** Registers {@link ResetCredentialCode} as {@value #PROVIDER_ID}. */
public class ResetCredentialCodeFactory extends CodeStepFactory {

    public static final String PROVIDER_ID = "efp-reset-credential-code";

    public ResetCredentialCodeFactory() {
        super(
                PROVIDER_ID,
                "EFP: Reset credentials by validation code",
                "Replaces 'reset-credential-email' after 'reset-credentials-choose-user': emails a validation code to"
                        + " the chosen account and waits for it. Unknown addresses get the same page, nothing is sent and no"
                        + " code succeeds.",
                ResetCredentialCode::new,
                Requirement.REQUIRED);
    }
}
