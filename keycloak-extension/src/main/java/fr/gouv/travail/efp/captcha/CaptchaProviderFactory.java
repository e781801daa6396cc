package fr.gouv.travail.efp.captcha;

import org.keycloak.provider.ProviderFactory;

/** Factory of a {@link CaptchaProvider}; its id is what the realm attribute names. */
public interface CaptchaProviderFactory extends ProviderFactory<CaptchaProvider> {}
