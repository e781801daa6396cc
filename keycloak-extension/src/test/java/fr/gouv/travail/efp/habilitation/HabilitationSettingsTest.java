package fr.gouv.travail.efp.habilitation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HabilitationSettingsTest {

    @Test
    void theRealmsYearsOrThreeWhenUnsetOrNonsense() {
        assertEquals(2, HabilitationSettings.parse(" 2 ", "efp").thirdPartyMaxYears());
        assertEquals(10, HabilitationSettings.parse("10", "efp").thirdPartyMaxYears());
        for (String raw : new String[] {null, "", "0", "11", "-1", "trois", "1.5", "99999999999"}) {
            assertEquals(3, HabilitationSettings.parse(raw, "efp").thirdPartyMaxYears(), raw);
        }
    }
}
