package fr.gouv.travail.efp.company;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidationError;
import org.keycloak.validate.ValidatorConfig;
import org.keycloak.validate.ValidatorFactory;

// A ValidationContext needs no KeycloakSession as long as the validator does not look up other
// validators, so these run the real Keycloak classes, not mocks.
class SiretValidatorTest {

    private final SiretValidator validator = new SiretValidator();

    private ValidationContext validate(Object value, ValidatorConfig config) {
        return validator.validate(value, "siret", new ValidationContext(), config);
    }

    @Test
    void acceptsAValidSiret() {
        ValidationContext context = validate("57206768400017", ValidatorConfig.EMPTY);

        assertTrue(context.isValid());
        assertTrue(context.getErrors().isEmpty());
    }

    @Test
    void acceptsALaPosteSiret() {
        assertTrue(validate("35600000009075", ValidatorConfig.EMPTY).isValid());
    }

    @Test
    void tellsWhenTheValueIsNotFourteenDigits() {
        ValidationError error = onlyError(validate("572 067 684 00017", ValidatorConfig.EMPTY));

        assertEquals("efp-siret", error.getValidatorId());
        assertEquals("siret", error.getInputHint());
        assertEquals("efp.siret.invalid.format", error.getMessage());
        assertArrayEquals(new Object[] {"572 067 684 00017"}, error.getMessageParameters());
    }

    @Test
    void tellsWhenTheCheckDigitIsWrong() {
        ValidationError error = onlyError(validate("57206768400018", ValidatorConfig.EMPTY));

        assertEquals("efp-siret", error.getValidatorId());
        assertEquals("efp.siret.invalid.checksum", error.getMessage());
    }

    @Test
    void rejectsAnEmptyValueUnlessConfiguredToIgnoreIt() {
        assertEquals(
                "efp.siret.invalid.format",
                onlyError(validate("", ValidatorConfig.EMPTY)).getMessage());

        ValidatorConfig ignoreEmpty = ValidatorConfig.configFromMap(Map.of("ignore.empty.value", true));
        assertTrue(validate("", ignoreEmpty).isValid());
        assertTrue(validate(null, ignoreEmpty).isValid());
    }

    @Test
    void rejectsWhatIsNotAStringWithKeycloaksGenericMessage() {
        assertEquals(
                "error-invalid-value",
                onlyError(validate(57206768400017L, ValidatorConfig.EMPTY)).getMessage());
        assertEquals(
                "error-invalid-value",
                onlyError(validate(null, ValidatorConfig.EMPTY)).getMessage());
    }

    @Test
    void checksEachValueOfAMultivaluedAttribute() {
        // The user profile hands validators the attribute's list of values.
        ValidationContext context =
                validate(List.of("57206768400017", "57206768400018", "1234"), ValidatorConfig.EMPTY);

        Set<String> messages =
                context.getErrors().stream().map(ValidationError::getMessage).collect(Collectors.toSet());
        assertFalse(context.isValid());
        assertEquals(Set.of("efp.siret.invalid.checksum", "efp.siret.invalid.format"), messages);
    }

    @Test
    void isItsOwnFactory() {
        assertEquals("efp-siret", validator.getId());
        assertSame(validator, validator.create(null));
        assertTrue(validator.validateConfig(null, ValidatorConfig.EMPTY).isValid());
        assertTrue(validator.getConfigProperties().isEmpty());
    }

    @Test
    void isRegisteredForKeycloaksServiceLoader() {
        // Keycloak discovers providers in a jar through META-INF/services, as ServiceLoader does.
        List<String> ids = ServiceLoader.load(ValidatorFactory.class).stream()
                .map(provider -> provider.get().getId())
                .collect(Collectors.toList());

        // Keycloak's own validators are on the test class path too (keycloak-services).
        assertEquals(1, ids.stream().filter("efp-siret"::equals).count(), () -> "ids: " + ids);
    }

    private static ValidationError onlyError(ValidationContext context) {
        assertFalse(context.isValid());
        assertEquals(1, context.getErrors().size(), () -> "errors: " + context.getErrors());
        return context.getErrors().iterator().next();
    }
}
