package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.common.provider.RealmResourceMount;

/** Mounts {@link AccessResource} at {@code /realms/{realm}/}{@value #ID}. */
public class AccessResourceProviderFactory extends RealmResourceMount {

    public static final String ID = "efp-access";

    public AccessResourceProviderFactory() {
        super(ID, AccessResource::new);
    }
}
