package fr.gouv.travail.efp.caller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.common.EfpException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudienceCheckTest {

    private static String refusal(
            ApiAudience api, List<String> audiences, String party, boolean application, boolean serviceAccount) {
        return AudienceCheck.refusal(api, audiences, party, application, serviceAccount)
                .map(EfpException::code)
                .orElse("accepted");
    }

    @Test
    void aTokenIssuedForTheApiIsAccepted() {
        assertEquals("accepted", refusal(ApiAudience.ACCESS, List.of("efp-access"), "account-console", false, false));
        assertEquals(
                "accepted",
                refusal(ApiAudience.ACCESS, List.of("efp-access", "efp-admin"), "efp-cli-person", false, false));
        assertEquals("accepted", refusal(ApiAudience.ADMIN, List.of("efp-admin"), "efp-cli", false, true));
        assertEquals(
                "accepted",
                refusal(ApiAudience.ADMIN, List.of("efp-access", "efp-admin"), "efp-cli-person", false, false));
    }

    @Test
    void aTokenForTheOtherApiOrForNothingIsRefused() {
        assertEquals(
                "wrong_audience", refusal(ApiAudience.ADMIN, List.of("efp-access"), "account-console", false, false));
        assertEquals("wrong_audience", refusal(ApiAudience.ACCESS, List.of("efp-admin"), "efp-cli", false, true));
        assertEquals("wrong_audience", refusal(ApiAudience.ACCESS, List.of(), "admin-cli", false, false));
        assertEquals("wrong_audience", refusal(ApiAudience.ACCESS, null, "account", false, false));
        assertEquals("wrong_audience", refusal(ApiAudience.ADMIN, List.of("account"), "some-service", false, true));
        // An audience that merely contains the API's name is not it.
        assertEquals("wrong_audience", refusal(ApiAudience.ACCESS, List.of("efp-access-x"), "x", false, false));
    }

    @Test
    void anApplicationsTokenIsRefusedEvenWithTheAudience() {
        // Someone gave SOFFI the efp-access scope by hand: still SOFFI's token, never the person's.
        EfpException refusal = AudienceCheck.refusal(
                        ApiAudience.ACCESS, List.of("efp-access", "soffi"), "soffi", true, false)
                .orElseThrow();
        assertEquals(403, refusal.status());
        assertTrue(refusal.getMessage().contains("« soffi »"), refusal.getMessage());
        assertEquals("wrong_audience", refusal(ApiAudience.ADMIN, List.of("efp-admin"), "maf", true, false));
    }

    @Test
    void serviceAccountsDoNotActInAPersonsName() {
        assertEquals(
                "service_account_refused", refusal(ApiAudience.ACCESS, List.of("efp-access"), "efp-cli", false, true));
    }
}
