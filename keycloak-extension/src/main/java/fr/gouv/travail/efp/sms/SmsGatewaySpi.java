package fr.gouv.travail.efp.sms;

import fr.gouv.travail.efp.common.provider.PublicSpi;

/**
 * The SMS gateway SPI ({@value #NAME}): one provider per operator's API ({@code brevo} today).
 * Its settings are server configuration: {@code KC_SPI_EFP_SMS_GATEWAY__BREVO__API_KEY} and
 * friends (README, "SMS").
 */
public final class SmsGatewaySpi extends PublicSpi {

    public static final String NAME = "efp-sms-gateway";

    public SmsGatewaySpi() {
        super(NAME, SmsGateway.class, SmsGatewayFactory.class);
    }
}
