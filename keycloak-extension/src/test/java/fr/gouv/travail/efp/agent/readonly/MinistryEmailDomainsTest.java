package fr.gouv.travail.efp.agent.readonly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MinistryEmailDomainsTest {

    private final MinistryEmailDomains domains =
            MinistryEmailDomains.of(" travail.gouv.fr, SG.social.gouv.fr,,@dreets.gouv.fr ");

    @Test
    void theAttributeIsReadWithoutBlanksCaseOrLeadingAt() {
        assertEquals(List.of("travail.gouv.fr", "sg.social.gouv.fr", "dreets.gouv.fr"), domains.domains());
        assertEquals(List.of(), MinistryEmailDomains.of(null).domains());
        assertEquals(List.of(), MinistryEmailDomains.of(" , ").domains());
    }

    @Test
    void anAddressOfADomainOrOfItsSubdomainsIsTheMinistrys() {
        assertTrue(domains.contains("jdupont@travail.gouv.fr"));
        assertTrue(domains.contains(" JDupont@Travail.Gouv.FR "));
        assertTrue(domains.contains("x@ara.dreets.gouv.fr"));
        assertTrue(domains.contains("x@sg.social.gouv.fr"));
    }

    @Test
    void lookAlikesAndOtherAddressesAreNot() {
        assertFalse(domains.contains("x@nottravail.gouv.fr"));
        assertFalse(domains.contains("x@travail.gouv.fr.example.com"));
        assertFalse(domains.contains("x@social.gouv.fr"));
        assertFalse(domains.contains("travail.gouv.fr"));
        assertFalse(domains.contains("x@"));
        assertFalse(domains.contains(null));
        assertFalse(MinistryEmailDomains.of("").contains("x@travail.gouv.fr"));
    }
}
