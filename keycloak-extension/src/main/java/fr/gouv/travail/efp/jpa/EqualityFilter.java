package fr.gouv.travail.efp.jpa;

import jakarta.persistence.TypedQuery;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The where clause of a listing whose filters are optional: {@code field = :field} for each
 * field given a value, nothing for a null one. Field names are ours (never a caller's), and
 * values are always bound as parameters.
 */
public final class EqualityFilter {

    private final String alias;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private EqualityFilter(String alias) {
        this.alias = alias;
    }

    /** A filter on the entity named {@code alias} in the query's from clause. */
    public static EqualityFilter on(String alias) {
        return new EqualityFilter(alias);
    }

    /** Adds {@code alias.field = :field} when {@code value} is not null. */
    public EqualityFilter equal(String field, Object value) {
        if (value != null) {
            values.put(field, value);
        }
        return this;
    }

    /** {@code " where h.realmId = :realmId and h.clientId = :clientId"}, or "" when nothing filters. */
    public String where() {
        StringBuilder jpql = new StringBuilder();
        values.keySet()
                .forEach(field -> jpql.append(jpql.length() == 0 ? " where " : " and ")
                        .append(alias)
                        .append('.')
                        .append(field)
                        .append(" = :")
                        .append(field));
        return jpql.toString();
    }

    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(values);
    }

    /** Binds the values of the clause to {@code query}, created from a JPQL string holding {@link #where()}. */
    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        values.forEach(query::setParameter);
        return query;
    }
}
