package fr.gouv.travail.efp.captcha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The fixed-answer CAPTCHA must never reach production. Run by maven-failsafe after
 * {@code package}, on the jars themselves: a surefire test only sees target/classes, and what
 * ops deploy is the jar, whatever the jar plugin's configuration says.
 */
class ProductionJarIT {

    private static final String SERVICES = "META-INF/services/";
    private static final String CAPTCHA_SERVICES = SERVICES + CaptchaProviderFactory.class.getName();
    private static final String TESTING_PACKAGE = "fr/gouv/travail/efp/testing/";
    private static final String REALM_RESOURCE_SERVICES =
            "META-INF/services/org.keycloak.services.resource.RealmResourceProviderFactory";

    private static JarFile jar(String property) throws IOException {
        String path = System.getProperty(property);
        assertTrue(path != null && Files.isRegularFile(Path.of(path)), property + " names a built jar: " + path);
        return new JarFile(path);
    }

    @Test
    void theProductionJarHasNoTestOnlyClassAndRegistersNone() throws IOException {
        try (JarFile production = jar("efp.productionJar")) {
            List<String> names = production.stream().map(JarEntry::getName).toList();
            assertTrue(
                    names.contains("fr/gouv/travail/efp/captcha/builtin/BuiltinCaptchaProviderFactory.class"),
                    "sanity: it is the extension jar");
            assertEquals(
                    List.of(),
                    names.stream()
                            .filter(name -> name.startsWith(TESTING_PACKAGE) || name.contains("Fixed"))
                            .toList());
            for (String service : names.stream()
                    .filter(name -> name.startsWith(SERVICES) && !name.endsWith("/"))
                    .toList()) {
                for (String line : lines(production, service)) {
                    assertFalse(line.contains(".testing."), service + " registers " + line);
                    assertTrue(
                            names.contains(line.replace('.', '/') + ".class"),
                            service + " names a class the jar lacks: " + line);
                }
            }
            assertTrue(lines(production, CAPTCHA_SERVICES)
                    .contains("fr.gouv.travail.efp.captcha.builtin.BuiltinCaptchaProviderFactory"));
        }
    }

    @Test
    void theTestingJarHoldsOnlyTheTestOnlyProviders() throws IOException {
        try (JarFile testing = jar("efp.testingJar")) {
            List<String> classes = testing.stream()
                    .map(JarEntry::getName)
                    .filter(name -> name.endsWith(".class"))
                    .toList();
            assertFalse(classes.isEmpty());
            assertEquals(
                    List.of(),
                    classes.stream()
                            .filter(name -> !name.startsWith(TESTING_PACKAGE))
                            .toList(),
                    "no copy of production classes");
            assertEquals(
                    List.of(
                            "fr.gouv.travail.efp.testing.captcha.FixedCaptchaProviderFactory",
                            "fr.gouv.travail.efp.testing.captcha.FixedExpiringCaptchaProviderFactory"),
                    lines(testing, CAPTCHA_SERVICES));
            assertEquals(
                    List.of("fr.gouv.travail.efp.testing.listing.ListingKeysResourceFactory"),
                    lines(testing, REALM_RESOURCE_SERVICES));
        }
    }

    private static List<String> lines(JarFile jar, String entry) throws IOException {
        JarEntry found = jar.getJarEntry(entry);
        if (found == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try (InputStream in = jar.getInputStream(found)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.replaceAll("#.*", "").trim();
                if (!trimmed.isEmpty()) {
                    lines.add(trimmed);
                }
            }
        }
        return lines;
    }
}
