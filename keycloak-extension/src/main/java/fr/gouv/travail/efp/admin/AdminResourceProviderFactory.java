package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.common.provider.RealmResourceMount;

/** Mounts {@link AdminResource} at {@code /realms/{realm}/}{@value #ID}. */
public class AdminResourceProviderFactory extends RealmResourceMount {

    public static final String ID = "efp-admin";

    public AdminResourceProviderFactory() {
        super(ID, AdminResource::new);
    }
}
