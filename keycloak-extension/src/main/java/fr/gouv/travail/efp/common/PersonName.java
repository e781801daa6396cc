package fr.gouv.travail.efp.common;

import org.keycloak.models.UserModel;

/** How messages and emails name a person: "Marie Durand", or the address of an account without a name. */
public final class PersonName {

    private PersonName() {}

    public static String of(UserModel user) {
        return of(user.getFirstName(), user.getLastName(), user.getEmail());
    }

    static String of(String firstName, String lastName, String email) {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? email : name;
    }
}
