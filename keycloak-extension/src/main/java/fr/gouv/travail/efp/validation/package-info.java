/**
 * The emailed validation code ("code de validation") for account creation, forgotten password
 * and the forced password change of professionals migrated from the old portal, without ever
 * revealing whether an address has an account.
 *
 * <p>Pure rules: {@link fr.gouv.travail.efp.validation.ValidationCode} (drawing, hashing,
 * expiry, attempts, throttle), {@link fr.gouv.travail.efp.validation.ValidationCodePolicy},
 * {@link fr.gouv.travail.efp.validation.MaskedEmail}. Keycloak glue: one conversation in the
 * authentication session ({@code EmailCodeExchange}), one page ({@code EmailCodePage}), two
 * emails ({@code EmailCodeMail}), and thin providers:
 * <ul>
 * <li>form action {@code efp-registration-user-creation}
 *     ({@link fr.gouv.travail.efp.validation.EnumerationSafeUserCreation});</li>
 * <li>authenticator {@code efp-registration-email-code}
 *     ({@link fr.gouv.travail.efp.validation.RegistrationEmailCode}), the step after the
 *     registration form;</li>
 * <li>authenticator {@code efp-reset-credential-code}
 *     ({@link fr.gouv.travail.efp.validation.ResetCredentialCode});</li>
 * <li>required actions {@code efp-email-code}
 *     ({@link fr.gouv.travail.efp.validation.EmailCodeRequiredAction}) and
 *     {@code efp-migrated-password-reset}
 *     ({@link fr.gouv.travail.efp.validation.MigratedPasswordReset}).</li>
 * </ul>
 *
 * <p>Why the registration code page is a flow step and not only the required action: an
 * address that already has an account must lead to the same page, and a required action needs
 * a signed-in user, which that case must never have. So both cases end on the step after the
 * form, at the same address, with the same work; the required action only covers a person who
 * left before typing the code and signs in later.
 */
package fr.gouv.travail.efp.validation;
