package fr.gouv.travail.efp.common.provider;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.Provider;

class FlowStepFactoryTest {

    private static final class Step extends FlowStepFactory<Provider> {
        Step(Requirement... requirements) {
            super("efp-step", "EFP: Step", "What the step does.", requirements);
        }

        @Override
        public Provider create(KeycloakSession session) {
            return () -> {};
        }
    }

    @Test
    void says_what_it_was_given_and_the_same_defaults_for_every_step() {
        Step step = new Step(Requirement.REQUIRED, Requirement.DISABLED);
        assertEquals("efp-step", step.getId());
        assertEquals("EFP: Step", step.getDisplayType());
        assertEquals("What the step does.", step.getHelpText());
        assertArrayEquals(new Requirement[] {Requirement.REQUIRED, Requirement.DISABLED}, step.getRequirementChoices());
        assertNull(step.getReferenceCategory());
        assertFalse(step.isConfigurable());
        assertFalse(step.isUserSetupAllowed());
        assertTrue(step.getConfigProperties().isEmpty());
    }

    @Test
    void the_requirements_cannot_be_changed_from_outside() {
        Step step = new Step(Requirement.REQUIRED);
        step.getRequirementChoices()[0] = Requirement.ALTERNATIVE;
        assertArrayEquals(new Requirement[] {Requirement.REQUIRED}, step.getRequirementChoices());
    }

    @Test
    void a_step_without_any_requirement_is_refused() {
        assertThrows(IllegalArgumentException.class, Step::new);
    }
}
