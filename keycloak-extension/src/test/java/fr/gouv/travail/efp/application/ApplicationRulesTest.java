package fr.gouv.travail.efp.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.gouv.travail.efp.common.EfpException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationRulesTest {

    private static final List<ApplicationRules.Role> ROLES =
            List.of(new ApplicationRules.Role("gestionnaire", "Gestionnaire", "Manager"));

    private static ApplicationRules.Draft draftOf(
            String clientId,
            String name,
            String description,
            String url,
            String logoUrl,
            List<String> redirectUris,
            Boolean raCodes,
            Boolean listed,
            List<ApplicationRules.Role> roles) {
        return ApplicationRules.draft(new ApplicationRules.Input(
                clientId, name, description, url, logoUrl, redirectUris, raCodes, listed, roles));
    }

    private static ApplicationRules.Draft draft(String clientId, String url, List<ApplicationRules.Role> roles) {
        return draftOf(clientId, "Mon service", "Une description", url, null, null, true, null, roles);
    }

    private static String refusal(Runnable body) {
        EfpException e = assertThrows(EfpException.class, body::run);
        assertEquals(400, e.status());
        return e.code();
    }

    @Test
    void aGoodDraftIsTrimmedAndGetsItsDefaultRedirect() {
        ApplicationRules.Draft draft = draftOf(
                " mon-service ", " Mon service ", null, "https://service.example.fr/", null, null, null, true, ROLES);
        assertEquals("mon-service", draft.clientId());
        assertEquals("Mon service", draft.name());
        assertEquals("", draft.description());
        assertEquals(List.of("https://service.example.fr/*"), draft.redirectUris());
        assertEquals(false, draft.raCodesEnabled());
        assertEquals(true, draft.listedPublicly());
        assertNull(draft.logoUrl());
    }

    @Test
    void clientIdsFollowRealmConfigAndEfpIsReserved() {
        assertEquals("invalid_client_id", refusal(() -> draft("Mon_Service", "https://a.fr", ROLES)));
        assertEquals("invalid_client_id", refusal(() -> draft("a", "https://a.fr", ROLES)));
        assertEquals("invalid_client_id", refusal(() -> draft("-abc", "https://a.fr", ROLES)));
        assertEquals("missing_client_id", refusal(() -> draft(" ", "https://a.fr", ROLES)));
        assertEquals("reserved_client_id", refusal(() -> draft("efp-cli", "https://a.fr", ROLES)));
    }

    @Test
    void httpsOnlyExceptOnLocalhost() {
        assertEquals("invalid_url", refusal(() -> draft("svc", "http://service.example.fr", ROLES)));
        assertEquals("invalid_url", refusal(() -> draft("svc", "javascript:alert(1)", ROLES)));
        assertEquals("invalid_url", refusal(() -> draft("svc", "https://user:pw@a.fr", ROLES)));
        assertEquals("invalid_url", refusal(() -> draft("svc", "https://a.fr/#x", ROLES)));
        assertEquals("invalid_url", refusal(() -> draft("svc", "/relative", ROLES)));
        assertEquals("missing_url", refusal(() -> draft("svc", "", ROLES)));
        assertEquals(
                "http://localhost:3000",
                draft("svc", "http://localhost:3000", ROLES).url());
        assertEquals(
                "http://127.0.0.1:3000",
                draft("svc", "http://127.0.0.1:3000", ROLES).url());
    }

    @Test
    void redirectUrisMayEndWithTheWildcardOnly() {
        assertEquals(
                List.of("https://a.fr/*"), ApplicationRules.redirectUris(List.of("https://a.fr/*", "https://a.fr/*")));
        assertEquals("invalid_redirect_uris", refusal(() -> ApplicationRules.redirectUris(List.of("https://*.a.fr/"))));
        assertEquals("invalid_redirect_uris", refusal(() -> ApplicationRules.redirectUris(List.of("*"))));
        assertEquals("invalid_redirect_uris", refusal(() -> ApplicationRules.redirectUris(List.of())));
        assertEquals(
                "invalid_redirect_uris",
                refusal(() -> ApplicationRules.redirectUris(Collections.nCopies(11, "https://a.fr/x"))));
    }

    @Test
    void rolesAreCheckedOneByOne() {
        assertEquals("missing_roles", refusal(() -> draft("svc", "https://a.fr", List.of())));
        assertEquals(
                "invalid_role_name",
                refusal(() -> draft("svc", "https://a.fr", List.of(new ApplicationRules.Role("a|b", "", "")))));
        assertEquals(
                "invalid_role_name",
                refusal(() -> draft("svc", "https://a.fr", List.of(new ApplicationRules.Role("Gestion", "", "")))));
        assertEquals(
                "reserved_role",
                refusal(() -> draft(
                        "svc", "https://a.fr", List.of(new ApplicationRules.Role("efp-application-admin", "", "")))));
        assertEquals(
                "duplicate_role",
                refusal(() -> draft(
                        "svc",
                        "https://a.fr",
                        List.of(new ApplicationRules.Role("a", "", ""), new ApplicationRules.Role("a", "", "")))));
        assertEquals(
                "markup_refused",
                refusal(() ->
                        draft("svc", "https://a.fr", List.of(new ApplicationRules.Role("a", "<b>Gestion</b>", "")))));
    }

    @Test
    void textsRefuseMarkupControlsAndLength() {
        assertEquals(
                "markup_refused",
                refusal(() ->
                        draftOf("svc", "<script>x</script>", null, "https://a.fr", null, null, null, null, ROLES)));
        assertEquals(
                "invalid_name",
                refusal(() -> draftOf("svc", "a\u0000b", null, "https://a.fr", null, null, null, null, ROLES)));
        assertEquals(
                "invalid_description",
                refusal(() -> draftOf("svc", "x", "d".repeat(501), "https://a.fr", null, null, null, null, ROLES)));
        assertEquals(
                "missing_name",
                refusal(() -> draftOf("svc", " ", null, "https://a.fr", null, null, null, null, ROLES)));
        assertEquals("Ligne 1\nLigne 2", ApplicationRules.description("Ligne 1\nLigne 2"));
        assertEquals("Tom & Jerry \"quotes\"", ApplicationRules.name("Tom & Jerry \"quotes\""));
    }

    @Test
    void aChangeLeavesAbsentFieldsAndMayRemoveTheLogo() {
        ApplicationRules.Input change = ApplicationRules.change(
                new ApplicationRules.Input(null, null, "Nouvelle", null, "", null, null, false, null));
        assertNull(change.name());
        assertEquals("Nouvelle", change.description());
        assertEquals("", change.logoUrl());
        assertNull(change.roles());
        assertEquals(false, change.listedPublicly());
        assertEquals(
                "missing_roles",
                refusal(() -> ApplicationRules.change(
                        new ApplicationRules.Input(null, null, null, null, null, null, null, null, List.of()))));
        assertEquals(
                "invalid_logo_url",
                refusal(() -> ApplicationRules.change(new ApplicationRules.Input(
                        null, null, null, null, "http://logo.example.fr/a.png", null, null, null, null))));
    }
}
