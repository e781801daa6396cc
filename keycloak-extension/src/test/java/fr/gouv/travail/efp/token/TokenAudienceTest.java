package fr.gouv.travail.efp.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TokenAudienceTest {

    @Test
    void aPersonsTokenOfAnApplicationIsServed() {
        assertNull(TokenAudience.check(new TokenAudience.Caller(true, true, true, false)));
    }

    @Test
    void noValidTokenIs401() {
        assertEquals(401, TokenAudience.check(new TokenAudience.Caller(false, true, true, false)).status());
        assertEquals(401, TokenAudience.check(new TokenAudience.Caller(false, false, false, false)).status());
    }

    @Test
    void aTokenOfAnotherClientOrOfAServiceAccountIs403() {
        assertEquals("wrong_audience", TokenAudience.check(new TokenAudience.Caller(true, false, true, false)).code());
        assertEquals("wrong_audience", TokenAudience.check(new TokenAudience.Caller(true, true, false, false)).code());
        assertEquals("not_a_person", TokenAudience.check(new TokenAudience.Caller(true, true, true, true)).code());
        assertEquals(403, TokenAudience.check(new TokenAudience.Caller(true, true, true, true)).status());
    }
}
