package fr.gouv.travail.efp.validation;

/** Registers {@link MigratedPasswordReset} as {@value MigratedPasswordReset#PROVIDER_ID}. */
public class MigratedPasswordResetFactory extends CodeRequiredActionFactory {

    public MigratedPasswordResetFactory() {
        super(
                MigratedPasswordReset.PROVIDER_ID,
                "EFP: New password by code (migrated professionals)",
                MigratedPasswordReset::new);
    }
}
