package fr.gouv.travail.efp.captcha.captchetat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaptchEtatClientTest {

    private FakeCaptchEtat fake;
    private CloseableHttpClient http;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeCaptchEtat();
        http = HttpClients.createDefault();
    }

    @AfterEach
    void stop() throws IOException {
        http.close();
        fake.close();
    }

    @Test
    void drawsAnImageFetchesItsSoundAndValidatesTheAnswerOnce() throws IOException {
        CaptchEtatClient client = new CaptchEtatClient(fake.settings(FakeCaptchEtat.CLIENT_SECRET), Clock.systemUTC());
        CaptchEtatClient.NewCaptcha captcha = client.newCaptcha(http);
        assertArrayEquals(FakeCaptchEtat.PNG, captcha.png());
        assertArrayEquals(FakeCaptchEtat.WAV, client.sound(http, captcha.uuid()));
        assertTrue(client.validate(http, captcha.uuid(), "AB12CD"));
        assertFalse(client.validate(http, captcha.uuid(), "AB12CD"), "CaptchEtat itself consumes the uuid");
    }

    @Test
    void aWrongAnswerIsRefused() throws IOException {
        CaptchEtatClient client = new CaptchEtatClient(fake.settings(FakeCaptchEtat.CLIENT_SECRET), Clock.systemUTC());
        CaptchEtatClient.NewCaptcha captcha = client.newCaptcha(http);
        assertFalse(client.validate(http, captcha.uuid(), "ZZZZZZ"));
    }

    @Test
    void reusesTheAccessTokenUntilItExpires() throws IOException {
        CaptchEtatClient client = new CaptchEtatClient(fake.settings(FakeCaptchEtat.CLIENT_SECRET), Clock.systemUTC());
        client.newCaptcha(http);
        client.newCaptcha(http);
        assertEquals(1, fake.tokensIssued.get());
    }

    @Test
    void badCredentialsAndOutagesAreErrorsNotAnswers() throws IOException {
        CaptchEtatClient wrongSecret = new CaptchEtatClient(fake.settings("wrong"), Clock.systemUTC());
        assertThrows(IOException.class, () -> wrongSecret.newCaptcha(http));

        CaptchEtatClient client = new CaptchEtatClient(fake.settings(FakeCaptchEtat.CLIENT_SECRET), Clock.systemUTC());
        CaptchEtatClient.NewCaptcha captcha = client.newCaptcha(http);
        fake.down = true;
        assertThrows(IOException.class, () -> client.validate(http, captcha.uuid(), "AB12CD"));
    }

    @Test
    void decodesDataUrlsAndBareBase64() {
        assertArrayEquals(new byte[] {1, 2, 3}, CaptchEtatClient.decodeDataUrl("data:image/png;base64,AQID"));
        assertArrayEquals(new byte[] {1, 2, 3}, CaptchEtatClient.decodeDataUrl("AQID"));
    }

    @Test
    void settingsNeverPrintTheSecret() {
        assertFalse(fake.settings(FakeCaptchEtat.CLIENT_SECRET).toString().contains(FakeCaptchEtat.CLIENT_SECRET));
    }
}
