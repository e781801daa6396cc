package fr.gouv.travail.efp.sms;

import org.keycloak.provider.ProviderFactory;

/** Makes the {@link SmsGateway} of one operator's API. */
public interface SmsGatewayFactory extends ProviderFactory<SmsGateway> {}
