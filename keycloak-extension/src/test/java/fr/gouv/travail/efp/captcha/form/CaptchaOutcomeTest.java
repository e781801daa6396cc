package fr.gouv.travail.efp.captcha.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaptchaOutcomeTest {

    @Test
    void nothingTypedIsEmptyNotWrong() {
        assertEquals(CaptchaCheck.Outcome.EMPTY, CaptchaCheck.outcomeOfUnsolved(null));
        assertEquals(CaptchaCheck.Outcome.EMPTY, CaptchaCheck.outcomeOfUnsolved("   "));
        assertEquals(CaptchaCheck.Outcome.WRONG, CaptchaCheck.outcomeOfUnsolved("ABC123"));
    }

    @Test
    void eachOutcomeHasItsOwnMessageUnderTheAnswer() {
        var empty = new CaptchaCheck.Result(CaptchaCheck.Outcome.EMPTY, 0).message();
        assertEquals(CaptchaFormFields.ANSWER, empty.getField());
        assertEquals(CaptchaFormFields.EMPTY_MESSAGE, empty.getMessage());
        var wrong = new CaptchaCheck.Result(CaptchaCheck.Outcome.WRONG, 0).message();
        assertEquals(CaptchaFormFields.INVALID_MESSAGE, wrong.getMessage());
        assertEquals(
                CaptchaFormFields.INVALID_EVENT_ERROR,
                new CaptchaCheck.Result(CaptchaCheck.Outcome.EMPTY, 0).eventError());
    }
}
