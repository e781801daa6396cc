package fr.gouv.travail.efp.migration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the import does with one account of the file, decided from the file's rows, the account
 * as it is now and what the previous import wrote on it; nothing else.
 *
 * <ul>
 *   <li>No account with that address: {@code created}.</li>
 *   <li>The rows say what the previous import wrote (same fingerprint): {@code unchanged}, nothing
 *       written, whatever became of the account since (the old portal has nothing new to say, and
 *       people's own changes are kept, even with force).</li>
 *   <li>The rows say something new and the account is still what the previous import wrote
 *       (identity, and habilitations on the pairs the import wrote or writes now): {@code updated}.
 *       Habilitations the import wrote and the rows no longer name are revoked; those given in
 *       EFP Connect on other pairs are never touched.</li>
 *   <li>The account changed since the previous import: {@code skipped} ({@code changed_since_import})
 *       unless forced.</li>
 *   <li>An account the import never wrote (made in EFP Connect): {@code skipped} ({@code
 *       not_imported}) unless forced; forced, it is taken over without the migrated flag (its owner
 *       already chose a password here).</li>
 *   <li>An agent's account: rejected, forced or not (the ADFS owns it).</li>
 * </ul>
 */
public record AccountPlan(
        Outcome outcome,
        String code,
        String message,
        boolean identityChanged,
        List<ImportedAccount.Habilitation> grants,
        List<String> revokes,
        String fingerprint,
        List<String> changes) {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        SKIPPED,
        REJECTED;

        public String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * An account of the realm with the file's address, as the plan reads it.
     *
     * @param fingerprint what the previous import wrote ({@link ImportMarks#FINGERPRINT}), null if none did
     * @param importedPairs the habilitations the previous import wrote ({@link ImportMarks#HABILITATIONS})
     * @param current its identity and every habilitation it holds now
     */
    public record Existing(boolean agent, String fingerprint, Set<String> importedPairs, Fingerprint.State current) {}

    public boolean writes() {
        return outcome == Outcome.CREATED || outcome == Outcome.UPDATED;
    }

    public static AccountPlan of(ImportedAccount wanted, Existing existing, boolean force) {
        String fingerprint = Fingerprint.of(wanted.state());
        if (existing == null) {
            List<String> changes = new ArrayList<>();
            changes.add("compte créé (" + wanted.firstName() + " " + wanted.lastName() + ")");
            wanted.habilitations().forEach(h -> changes.add("+ " + describe(h)));
            return new AccountPlan(
                    Outcome.CREATED, null, null, true, wanted.habilitations(), List.of(), fingerprint, changes);
        }
        if (existing.agent()) {
            return refusal(
                    Outcome.REJECTED,
                    "agent_account",
                    "ce compte est celui d'un agent du ministère (connexion ADFS) : l'import ne le modifie pas.");
        }
        boolean forced = false;
        if (existing.fingerprint() == null) {
            if (!force) {
                return refusal(
                        Outcome.SKIPPED,
                        "not_imported",
                        "un compte existe déjà pour cette adresse, créé dans EFP Connect et non par l'import : laissé tel quel (--force pour le reprendre).");
            }
            forced = true;
        } else if (existing.fingerprint().equals(fingerprint)) {
            return new AccountPlan(Outcome.UNCHANGED, null, null, false, List.of(), List.of(), fingerprint, List.of());
        } else {
            Set<String> watched = new HashSet<>(existing.importedPairs());
            wanted.habilitations().forEach(h -> watched.add(h.pair()));
            String now = Fingerprint.of(existing.current().restrictedTo(watched));
            if (!now.equals(existing.fingerprint())) {
                if (!force) {
                    return refusal(
                            Outcome.SKIPPED,
                            "changed_since_import",
                            "le compte a été modifié dans EFP Connect depuis l'import précédent : laissé tel quel (--force pour l'écraser).");
                }
                forced = true;
            }
        }
        return update(wanted, existing, fingerprint, forced);
    }

    private static AccountPlan update(ImportedAccount wanted, Existing existing, String fingerprint, boolean forced) {
        Fingerprint.State current = existing.current();
        List<String> changes = new ArrayList<>();
        if (forced) {
            changes.add(
                    existing.fingerprint() == null
                            ? "compte existant repris par l'import (--force)"
                            : "modifications écrasées (--force)");
        }
        boolean identityChanged = false;
        identityChanged |= changed(changes, "prénom", current.firstName(), wanted.firstName());
        identityChanged |= changed(changes, "nom", current.lastName(), wanted.lastName());
        identityChanged |= changed(changes, "téléphone", current.phone(), wanted.phone());
        Map<String, Fingerprint.Held> held = new HashMap<>();
        current.habilitations().forEach(h -> held.put(h.pair(), h));
        List<ImportedAccount.Habilitation> grants = new ArrayList<>();
        Set<String> wantedPairs = new HashSet<>();
        for (ImportedAccount.Habilitation h : wanted.habilitations()) {
            wantedPairs.add(h.pair());
            Fingerprint.Held now = held.get(h.pair());
            if (now == null) {
                grants.add(h);
                changes.add("+ " + describe(h));
            } else if (!now.equals(h.held())) {
                grants.add(h);
                changes.add("~ " + describe(h));
            }
        }
        List<String> revokes = new ArrayList<>();
        for (String pair : new TreeSet<>(existing.importedPairs())) {
            if (!wantedPairs.contains(pair) && held.containsKey(pair)) {
                revokes.add(pair);
                changes.add("- " + pair + " (habilitation retirée de l'ancien portail)");
            }
        }
        if (changes.isEmpty()) {
            changes.add("empreinte de l'import mise à jour");
        }
        return new AccountPlan(Outcome.UPDATED, null, null, identityChanged, grants, revokes, fingerprint, changes);
    }

    private static boolean changed(List<String> changes, String label, String before, String after) {
        if (Objects.equals(before, after)) {
            return false;
        }
        changes.add(label + " : " + (before == null ? "(vide)" : before) + " → " + (after == null ? "(vide)" : after));
        return true;
    }

    static String describe(ImportedAccount.Habilitation h) {
        List<String> what = new ArrayList<>(h.roles());
        if (h.accessManager()) {
            what.add("responsable des accès");
        }
        return h.application() + " " + h.siret() + " (" + String.join(", ", what) + ")";
    }

    private static AccountPlan refusal(Outcome outcome, String code, String message) {
        return new AccountPlan(outcome, code, message, false, List.of(), List.of(), null, List.of());
    }
}
