package fr.gouv.travail.efp.captcha;

import fr.gouv.travail.efp.common.provider.PublicSpi;

/**
 * The CAPTCHA SPI ({@code efp-captcha}): one provider per CAPTCHA source. The realm picks one
 * with its attribute {@value CaptchaSettings#PROVIDER_ATTRIBUTE} (realm-config); secrets of a
 * provider are server configuration ({@code KC_SPI_EFP_CAPTCHA__<ID>__<OPTION>}), never realm data.
 */
public final class CaptchaSpi extends PublicSpi {

    public static final String NAME = "efp-captcha";

    public CaptchaSpi() {
        super(NAME, CaptchaProvider.class, CaptchaProviderFactory.class);
    }
}
