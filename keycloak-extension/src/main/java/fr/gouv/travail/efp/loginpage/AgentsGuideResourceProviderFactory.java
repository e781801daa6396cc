package fr.gouv.travail.efp.loginpage;

import fr.gouv.travail.efp.common.provider.RealmResourceMount;

/** Mounts {@link AgentsGuideResource} at {@code /realms/{realm}/}{@value #ID}. */
public class AgentsGuideResourceProviderFactory extends RealmResourceMount {

    public static final String ID = "efp-guide";

    public AgentsGuideResourceProviderFactory() {
        super(ID, AgentsGuideResource::new);
    }
}
