package fr.gouv.travail.efp.common;

/**
 * A refusal meant for the caller: an HTTP status, a stable code scripts can test, and a French
 * message a person can act on.
 *
 * <p>Most are thrown before anything is written, but not all: some come from the database
 * itself, after a flush (a unique pending key refusing a concurrent twin) or a conditional
 * update that found the row changed, and some after an audit entry or a first row was written.
 * What guarantees that a refusal stores nothing is the transaction: every change goes through
 * the request's Keycloak transaction, and whoever catches this exception marks it rollback-only
 * ({@link JsonApi#call} for the REST endpoints, the required actions for their pages), so
 * Keycloak rolls all of it back. Side effects outside the database (a slot of Keycloak's
 * single-use store, such as RA code attempts) are not rolled back, by design.
 */
public class EfpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private String textKey;
    private Object[] textArgs = new Object[0];

    public EfpException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static EfpException badRequest(String code, String message) {
        return new EfpException(400, code, message);
    }

    public static EfpException notFound(String code, String message) {
        return new EfpException(404, code, message);
    }

    public static EfpException conflict(String code, String message) {
        return new EfpException(409, code, message);
    }

    public static EfpException forbidden(String message) {
        return new EfpException(403, "forbidden", message);
    }

    /**
     * The theme message that says the same in the page's language (login pages: {@code
     * fr.gouv.travail.efp.locale.PageText}), with its arguments; without it the key is {@code
     * efpError_<code>} without arguments. The French message stays the API's.
     */
    public EfpException text(String key, Object... args) {
        this.textKey = key;
        this.textArgs = args.clone();
        return this;
    }

    /** Only the arguments, for the key {@code efpError_<code>}. */
    public EfpException textArgs(Object... args) {
        return text(null, args);
    }

    public String textKey() {
        return textKey != null ? textKey : "efpError_" + code;
    }

    public Object[] textArgs() {
        return textArgs.clone();
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
