package fr.gouv.travail.efp.sms;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * A mobile number as people type it ("06 12 34 56 78", "+33 6…", "0033 6…", "+44 7700 900123"),
 * read by libphonenumber: French when it has no country code, kept only if it is a valid number
 * that can receive an SMS, given back in E.164 ("+33612345678") for storage and sending, and in
 * the international format for people.
 */
public final class PhoneNumbers {

    /** Numbers without a country code are read as French ones. */
    public static final String DEFAULT_REGION = "FR";

    /** Longer input is not a phone number (and is not parsed). */
    static final int MAX_INPUT = 40;

    /** A number that can receive an SMS, in its two spellings. */
    public record Mobile(String e164, String international) {}

    /** Why a typed number is refused. */
    public enum Refusal {
        /** Not a phone number at all. */
        INVALID,
        /** A phone number, but not one that receives SMS (a landline, a premium number). */
        NOT_MOBILE
    }

    /** The outcome of reading a typed number: a mobile, or why not. */
    public record Reading(Optional<Mobile> mobile, Optional<Refusal> refusal) {}

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {}

    public static Reading read(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > MAX_INPUT) {
            return refused(Refusal.INVALID);
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(typed.strip(), DEFAULT_REGION);
        } catch (NumberParseException e) {
            return refused(Refusal.INVALID);
        }
        if (!UTIL.isValidNumber(number)) {
            return refused(Refusal.INVALID);
        }
        PhoneNumberType type = UTIL.getNumberType(number);
        if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
            return refused(Refusal.NOT_MOBILE);
        }
        return new Reading(
                Optional.of(new Mobile(
                        UTIL.format(number, PhoneNumberFormat.E164),
                        UTIL.format(number, PhoneNumberFormat.INTERNATIONAL))),
                Optional.empty());
    }

    /** "+33 6 •• •• •• 78": enough for a person to recognise their number, not to read it. */
    public static String masked(Mobile mobile) {
        String shown = mobile.international();
        int firstSpace = shown.indexOf(' ');
        int keepFrom = shown.length() - 2;
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            boolean hidden = Character.isDigit(c) && i > firstSpace + 1 && i < keepFrom;
            masked.append(hidden ? '•' : c);
        }
        return masked.toString();
    }

    private static Reading refused(Refusal refusal) {
        return new Reading(Optional.empty(), Optional.of(refusal));
    }
}
