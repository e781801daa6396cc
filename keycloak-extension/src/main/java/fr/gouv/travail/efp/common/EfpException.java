package fr.gouv.travail.efp.common;

/**
 * A refusal meant for the caller: an HTTP status, a stable code scripts can test, and a French
 * message a person can act on. Thrown before anything is written, so the transaction has
 * nothing to undo.
 */
public class EfpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

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

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
