package fr.gouv.travail.efp.company;

import java.util.List;
import org.keycloak.provider.ConfiguredProvider;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.validate.AbstractStringValidator;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidationError;
import org.keycloak.validate.ValidatorConfig;

/**
 * Validator {@value #ID}: rejects a value that is not a valid {@link Siret}, with a message key
 * that tells the person what to fix. Meant for the user profile's {@code siret} attribute
 * ({@code "validations": {"efp-siret": {}}}) and for any form of the extension that takes a SIRET.
 *
 * <p>Like Keycloak's own {@code length} and {@code pattern} validators, it is stateless, so one
 * class is both the validator and its factory ({@link org.keycloak.validate.SimpleValidator}).
 * Being a {@link ConfiguredProvider} lets the admin console offer it in the user profile's
 * validator list. As for every {@link AbstractStringValidator}, each value of a multivalued
 * attribute is checked, and {@code ignore.empty.value: true} skips null or empty values.
 *
 * <p>Errors carry the attribute name and the rejected value as message parameters {@code {0}}
 * and {@code {1}}. Keycloak logs KC-SERVICES0047 at start-up because the validator SPI is marked
 * internal; it is nevertheless the SPI the user profile calls, and it has no public counterpart.
 */
public class SiretValidator extends AbstractStringValidator implements ConfiguredProvider {

    public static final String ID = "efp-siret";

    public static final SiretValidator INSTANCE = new SiretValidator();

    /**
     * Message key when the value is not 14 digits. Suggested French text: "Le SIRET doit
     * comporter exactement 14 chiffres, sans espace."
     */
    public static final String MESSAGE_NOT_14_DIGITS = "efp.siret.invalid.format";

    /**
     * Message key when the check digit does not match. Suggested French text: "Ce SIRET n'est
     * pas valide : vérifiez les 14 chiffres saisis."
     */
    public static final String MESSAGE_BAD_CHECK_DIGIT = "efp.siret.invalid.checksum";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    protected void doValidate(String value, String inputHint, ValidationContext context, ValidatorConfig config) {
        Siret.whyInvalid(value)
                .ifPresent(reason -> context.addError(new ValidationError(ID, inputHint, messageKey(reason), value)));
    }

    static String messageKey(Siret.Reason reason) {
        return switch (reason) {
            case NOT_14_DIGITS -> MESSAGE_NOT_14_DIGITS;
            case BAD_CHECK_DIGIT -> MESSAGE_BAD_CHECK_DIGIT;
        };
    }

    @Override
    public String getHelpText() {
        return "SIRET : 14 chiffres et clé de contrôle valide (Luhn, ou règle propre à La Poste).";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }
}
