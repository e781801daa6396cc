package fr.gouv.travail.efp.habilitation;

import java.util.Arrays;
import java.util.Optional;

/** Whether the holder works for the company (member) or acts for it from outside (third party). */
public enum HabilitationKind {
    MEMBER("member"),
    THIRD_PARTY("third-party");

    private final String value;

    HabilitationKind(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<HabilitationKind> parse(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value.equals(value)).findFirst();
    }
}
