package fr.gouv.travail.efp.migration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import fr.gouv.travail.efp.common.EfpException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of one batch: accounts, each with every row of the file that names it (one row per
 * habilitation). A batch carries all the rows of each account it names: the import makes the
 * account what those rows say. Its shape is the CLI's business, so a malformed body is refused
 * whole (400); what the rows say is checked row by row ({@link AccountChecks}).
 */
public record MigrationBatch(Boolean dryRun, Boolean force, List<Account> accounts) {

    public static final int MAX_ACCOUNTS = 500;
    public static final int MAX_ROWS_PER_ACCOUNT = 200;
    /** A full batch of long rows stays well under this. */
    public static final int MAX_BODY_CHARS = 8 * 1024 * 1024;

    /** One account: {@code line} is that of its first row in the file. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Account(
            int line,
            String email,
            String firstName,
            String lastName,
            String phone,
            String passwordHash,
            List<Row> habilitations) {}

    /** One row of the file: a habilitation, or none (application and SIRET empty) for an account alone. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Row(
            int line,
            String siret,
            String companyName,
            String application,
            List<String> roles,
            Boolean accessManager) {}

    private static final ObjectReader READER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .readerFor(MigrationBatch.class);

    public boolean isDryRun() {
        return Boolean.TRUE.equals(dryRun);
    }

    public boolean isForced() {
        return Boolean.TRUE.equals(force);
    }

    /** The batch, or an {@link EfpException} (400, 413) saying what is wrong with its shape. */
    public static MigrationBatch parse(String body) {
        if (body == null || body.isBlank()) {
            throw EfpException.badRequest(
                    "invalid_body",
                    "Corps JSON attendu : {dryRun, force, accounts: [{line, email, …, habilitations}]}.");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new EfpException(
                    413,
                    "batch_too_large",
                    "Lot trop volumineux : envoyez au plus " + MAX_ACCOUNTS + " comptes par requête.");
        }
        MigrationBatch batch;
        try {
            batch = READER.readValue(body);
        } catch (JsonProcessingException e) {
            throw EfpException.badRequest("invalid_json", "Corps JSON illisible : " + e.getOriginalMessage());
        }
        if (batch == null || batch.accounts() == null || batch.accounts().isEmpty()) {
            throw EfpException.badRequest("empty_batch", "Le lot est vide : envoyez au moins un compte (accounts).");
        }
        if (batch.accounts().size() > MAX_ACCOUNTS) {
            throw EfpException.badRequest(
                    "batch_too_large",
                    "Un lot compte au plus " + MAX_ACCOUNTS + " comptes (reçu : "
                            + batch.accounts().size() + ") : découpez l'envoi.");
        }
        Set<Integer> lines = new HashSet<>();
        for (Account account : batch.accounts()) {
            if (account == null) {
                throw EfpException.badRequest("invalid_body", "Un compte du lot est vide (null).");
            }
            List<Row> rows = account.habilitations() == null ? List.of() : account.habilitations();
            if (rows.size() > MAX_ROWS_PER_ACCOUNT) {
                throw EfpException.badRequest(
                        "too_many_rows",
                        "Ligne " + account.line() + " : plus de " + MAX_ROWS_PER_ACCOUNT
                                + " lignes pour un même compte.");
            }
            if (rows.isEmpty()) {
                requireLine(account.line(), lines);
            }
            for (Row row : rows) {
                if (row == null) {
                    throw EfpException.badRequest(
                            "invalid_body", "Ligne " + account.line() + " : une ligne est vide (null).");
                }
                requireLine(row.line(), lines);
            }
        }
        return batch;
    }

    /** Line numbers say where a rejection is: each is positive and names one row only. */
    private static void requireLine(int line, Set<Integer> lines) {
        if (line < 1) {
            throw EfpException.badRequest("invalid_line", "Chaque ligne porte son numéro dans le fichier (line ≥ 1).");
        }
        if (!lines.add(line)) {
            throw EfpException.badRequest("duplicate_line", "La ligne " + line + " figure deux fois dans le lot.");
        }
    }
}
