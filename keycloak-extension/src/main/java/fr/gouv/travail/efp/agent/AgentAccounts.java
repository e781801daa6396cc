package fr.gouv.travail.efp.agent;

import fr.gouv.travail.efp.company.Company;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * An agent's account as the ADFS makes it: kind {@value #AGENT}, the immutable id the ministry
 * gives them (NameID of the assertion, per provider), membership of exactly one ministerial
 * structure. Written at the first login and again at each one: the ADFS is the source of truth.
 */
public final class AgentAccounts {

    /** The user attribute telling agents from professionals (Mon compte, tokens, RA codes read it). */
    public static final String USER_KIND = "efp.user-kind";

    public static final String AGENT = "agent";

    /** {@code <provider alias>:<NameID>}: never changes for one person, unlike names and email. */
    public static final String AGENT_ID = "efp.agent-id";

    private static final Logger LOG = Logger.getLogger(AgentAccounts.class);

    private AgentAccounts() {}

    public static boolean isAgent(UserModel user) {
        return AGENT.equals(user.getFirstAttribute(USER_KIND));
    }

    public static String agentId(String providerAlias, String brokerUserId) {
        return providerAlias + ":" + brokerUserId;
    }

    /** The account whose immutable id is this one, if any. */
    public static UserModel byAgentId(KeycloakSession session, RealmModel realm, String agentId) {
        return session.users()
                .searchForUserByUserAttributeStream(realm, AGENT_ID, agentId)
                .findFirst()
                .orElse(null);
    }

    /** Kind, immutable id, structure: as the assertion says, at each login. */
    public static void synchronize(KeycloakSession session, UserModel user, String agentId, String structureCode) {
        if (!AGENT.equals(user.getFirstAttribute(USER_KIND))) {
            user.setSingleAttribute(USER_KIND, AGENT);
        }
        if (!agentId.equals(user.getFirstAttribute(AGENT_ID))) {
            user.setSingleAttribute(AGENT_ID, agentId);
        }
        joinStructure(session, user, structureCode);
    }

    /**
     * Member of that ministerial structure and of no other (an agent moved to another DREETS
     * leaves the old one). Companies the agent may belong to are left alone.
     */
    public static void joinStructure(KeycloakSession session, UserModel user, String code) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        OrganizationModel target = code == null ? null : organizations.getByAlias(code);
        if (target != null && Company.of(target).isCompany()) {
            LOG.warnf("agent structure %s is a company, not a ministerial structure: ignored", code);
            target = null;
        } else if (target == null && code != null) {
            LOG.warnf(
                    "agent structure %s is not an organization of realm: agent %s left without structure",
                    code, user.getId());
        }
        String keep = target == null ? null : target.getId();
        List<OrganizationModel> ministries = organizations
                .getByMember(user)
                .filter(organization -> !Company.of(organization).isCompany())
                .toList();
        for (OrganizationModel ministry : ministries) {
            if (!ministry.getId().equals(keep)) {
                organizations.removeMember(ministry, user);
            }
        }
        if (target != null
                && ministries.stream().noneMatch(ministry -> ministry.getId().equals(keep))) {
            organizations.addMember(target, user);
        }
    }
}
