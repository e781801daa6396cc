package fr.gouv.travail.efp.captcha;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * The CAPTCHA SPI ({@code efp-captcha}): one provider per CAPTCHA source. The realm picks one
 * with its attribute {@value CaptchaSettings#PROVIDER_ATTRIBUTE} (realm-config); secrets of a
 * provider are server configuration ({@code KC_SPI_EFP_CAPTCHA__<ID>__<OPTION>}), never realm data.
 */
public final class CaptchaSpi implements Spi {

    public static final String NAME = "efp-captcha";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return CaptchaProvider.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return CaptchaProviderFactory.class;
    }
}
