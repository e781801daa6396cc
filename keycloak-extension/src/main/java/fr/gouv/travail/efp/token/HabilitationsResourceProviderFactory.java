package fr.gouv.travail.efp.token;

import fr.gouv.travail.efp.common.provider.RealmResourceMount;

/** Mounts {@link HabilitationsResource} at {@code /realms/{realm}/}{@value #ID}. */
public class HabilitationsResourceProviderFactory extends RealmResourceMount {

    public static final String ID = "efp-token";

    public HabilitationsResourceProviderFactory() {
        super(ID, HabilitationsResource::new);
    }
}
