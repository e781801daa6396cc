package fr.gouv.travail.efp.secondfactor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * An application's second-factor policy (issue 16), as realm-config's {@code secondFactor:
 * {require, roles, methods}} leaves it on the application's client: nobody ({@code none}),
 * everyone ({@code all}) or the holders of some roles ({@code roles}), by email and/or SMS. Pure:
 * read from the client's attributes, asked whether a person's roles call for a second factor and
 * which of the methods they have to offer first.
 */
public record SecondFactorPolicy(Require require, Set<String> roles, List<Method> methods) {

    public static final String REQUIRE_ATTRIBUTE = "efp.second-factor.require";
    public static final String ROLES_ATTRIBUTE = "efp.second-factor.roles";
    public static final String METHODS_ATTRIBUTE = "efp.second-factor.methods";

    /** Who must give a second factor. */
    public enum Require {
        NONE,
        ALL,
        ROLES
    }

    /** How: a code by email (to the verified address) or by SMS (to the verified mobile). */
    public enum Method {
        EMAIL,
        SMS;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** No second factor: an application without the attributes. */
    public static final SecondFactorPolicy NONE = new SecondFactorPolicy(Require.NONE, Set.of(), List.of());

    public SecondFactorPolicy {
        roles = Set.copyOf(roles);
        methods = List.copyOf(methods);
    }

    /**
     * The policy stored in a client's attributes (lists comma-separated). Anything unreadable is
     * read the safe way: an unknown {@code require} asks everyone, unknown methods are left out,
     * and no method left means email (every account has a verified address).
     */
    public static SecondFactorPolicy from(Function<String, String> attribute) {
        String require = attribute.apply(REQUIRE_ATTRIBUTE);
        if (require == null || require.isBlank() || "none".equals(require.strip())) {
            return NONE;
        }
        Require required = switch (require.strip()) {
            case "roles" -> Require.ROLES;
            default -> Require.ALL;
        };
        List<Method> methods = new ArrayList<>();
        for (String method : list(attribute.apply(METHODS_ATTRIBUTE))) {
            for (Method known : Method.values()) {
                if (known.value().equals(method) && !methods.contains(known)) {
                    methods.add(known);
                }
            }
        }
        if (methods.isEmpty()) {
            methods.add(Method.EMAIL);
        }
        return new SecondFactorPolicy(required, new LinkedHashSet<>(list(attribute.apply(ROLES_ATTRIBUTE))), methods);
    }

    /** Whether a person holding {@code heldRoles} on the application must give a second factor. */
    public boolean requiredFor(Collection<String> heldRoles) {
        return switch (require) {
            case NONE -> false;
            case ALL -> true;
            case ROLES -> heldRoles.stream().anyMatch(roles::contains);
        };
    }

    /**
     * The methods to offer a person, among those allowed and those they have (a verified email,
     * a verified mobile), the last one they used first.
     */
    public List<Method> offered(boolean hasVerifiedEmail, boolean hasVerifiedMobile, Method lastUsed) {
        List<Method> offered = new ArrayList<>();
        for (Method method : methods) {
            if ((method == Method.EMAIL && hasVerifiedEmail) || (method == Method.SMS && hasVerifiedMobile)) {
                offered.add(method);
            }
        }
        if (lastUsed != null && offered.remove(lastUsed)) {
            offered.add(0, lastUsed);
        }
        return offered;
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .toList();
    }
}
