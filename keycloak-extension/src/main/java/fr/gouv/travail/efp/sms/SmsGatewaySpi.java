package fr.gouv.travail.efp.sms;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * The SMS gateway SPI ({@value #NAME}): one provider per operator's API ({@code brevo} today).
 * Its settings are server configuration: {@code KC_SPI_EFP_SMS_GATEWAY__BREVO__API_KEY} and
 * friends (README, "SMS").
 */
public final class SmsGatewaySpi implements Spi {

    public static final String NAME = "efp-sms-gateway";

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
        return SmsGateway.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return SmsGatewayFactory.class;
    }
}
