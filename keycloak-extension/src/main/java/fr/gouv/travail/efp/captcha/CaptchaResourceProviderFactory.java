package fr.gouv.travail.efp.captcha;

import fr.gouv.travail.efp.common.provider.RealmResourceMount;

/** Mounts {@link CaptchaResource} at {@code /realms/{realm}/}{@value #ID}. */
public class CaptchaResourceProviderFactory extends RealmResourceMount {

    public static final String ID = "efp-captcha";

    public CaptchaResourceProviderFactory() {
        super(ID, CaptchaResource::new);
    }
}
