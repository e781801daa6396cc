package fr.gouv.travail.efp.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PublicUrlsTest {

    @Test
    void monCompteUnderTheFrontendUrl() {
        assertEquals(
                "http://localhost:8080/realms/efp/account/",
                PublicUrls.account(URI.create("http://localhost:8080/"), "efp").buildAsString());
        assertEquals(
                "http://localhost:8080/realms/efp/account/",
                PublicUrls.account(URI.create("http://localhost:8080"), "efp").buildAsString());
        assertEquals(
                "https://connexion.example/auth/realms/efp/account/",
                PublicUrls.account(URI.create("https://connexion.example/auth/"), "efp")
                        .buildAsString());
    }

    @Test
    void aQueryAndAFragment() {
        assertEquals(
                "http://localhost:8080/realms/efp/account/?application=soffi&siret=12345678901234#/acces/demandes",
                PublicUrls.account(URI.create("http://localhost:8080/"), "efp")
                        .queryParam("application", "soffi")
                        .queryParam("siret", "12345678901234")
                        .fragment("/acces/demandes")
                        .buildAsString());
    }

    @Test
    void anEncodedFragmentStaysAsItIs() {
        assertEquals(
                "http://localhost:8080/realms/efp/account/#/invitation?token=AbC_-x1&email=a.b%2Bc%40exemple.fr",
                PublicUrls.account(URI.create("http://localhost:8080/"), "efp")
                        .fragment("/invitation?token=AbC_-x1&email=a.b%2Bc%40exemple.fr")
                        .buildAsString());
    }
}
