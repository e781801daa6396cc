package fr.gouv.travail.efp.validation;

/** Registers {@link EmailCodeRequiredAction} as {@value EmailCodeRequiredAction#PROVIDER_ID}. */
public class EmailCodeRequiredActionFactory extends CodeRequiredActionFactory {

    public EmailCodeRequiredActionFactory() {
        super(EmailCodeRequiredAction.PROVIDER_ID, "EFP: Verify email by code", EmailCodeRequiredAction::new);
    }
}
