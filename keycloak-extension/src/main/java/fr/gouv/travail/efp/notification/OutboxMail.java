package fr.gouv.travail.efp.notification;

import fr.gouv.travail.efp.jpa.Jpa;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.keycloak.email.EmailException;
import org.keycloak.email.freemarker.FreeMarkerEmailTemplateProvider;
import org.keycloak.locale.LocaleSelectorProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.UserModelDelegate;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Renders a message with the realm's email theme (the recipient's language, Keycloak's own
 * FreeMarker pipeline) and, instead of talking to SMTP, writes it to the outbox in the current
 * transaction. If the change that causes it rolls back, the message is never sent; if SMTP is
 * down, {@link OutboxDelivery} retries until it goes. A message is written in its recipient's
 * language (their {@code locale} attribute, else the realm's default), never in the language of
 * whoever caused it.
 */
public final class OutboxMail extends FreeMarkerEmailTemplateProvider {

    private String kind = "mail";
    private boolean secret;

    private OutboxMail(KeycloakSession session) {
        super(session);
    }

    /**
     * The language a message to {@code user} is written in: their {@code locale} attribute if the
     * realm offers it, else the realm's default, else French. What callers put in a message's
     * attributes (role labels, dates) follows it.
     */
    public static String language(RealmModel realm, UserModel user) {
        String chosen = user == null ? null : user.getFirstAttribute(UserModel.LOCALE);
        if (chosen != null && !chosen.isBlank()) {
            String wanted = Locale.forLanguageTag(chosen.strip()).getLanguage();
            if (realm.getSupportedLocalesStream()
                    .anyMatch(offered ->
                            Locale.forLanguageTag(offered).getLanguage().equals(wanted))) {
                return wanted;
            }
        }
        String fallback = realm.getDefaultLocale();
        return fallback == null || fallback.isBlank()
                ? "fr"
                : Locale.forLanguageTag(fallback).getLanguage();
    }

    /** Queues {@code template} (html/ and text/ in the email theme) for {@code to}. */
    public static void queue(
            KeycloakSession session,
            RealmModel realm,
            UserModel to,
            String kind,
            String subjectKey,
            List<Object> subjectArguments,
            String template,
            Map<String, Object> attributes) {
        queue(session, realm, to, kind, subjectKey, subjectArguments, template, attributes, false);
    }

    /**
     * The same for a bare address, someone who may have no account yet: rendered in the realm's
     * default language. {@code secret}: the message carries a secret (an invitation link), which
     * the outbox keeps only until SMTP accepted it; the bodies are then erased.
     */
    public static void queue(
            KeycloakSession session,
            RealmModel realm,
            String address,
            String kind,
            String subjectKey,
            List<Object> subjectArguments,
            String template,
            Map<String, Object> attributes,
            boolean secret) {
        if (address == null || address.isBlank()) {
            return;
        }
        queue(
                session,
                realm,
                new OutboxRecipient(session, realm, address),
                kind,
                subjectKey,
                subjectArguments,
                template,
                attributes,
                secret);
    }

    private static void queue(
            KeycloakSession session,
            RealmModel realm,
            UserModel to,
            String kind,
            String subjectKey,
            List<Object> subjectArguments,
            String template,
            Map<String, Object> attributes,
            boolean secret) {
        if (to == null || to.getEmail() == null || to.getEmail().isBlank()) {
            return;
        }
        OutboxMail mail = new OutboxMail(session);
        mail.kind = kind;
        mail.secret = secret;
        String language = language(realm, to);
        mail.setRealm(realm).setUser(new UserModelDelegate(to) {
            @Override
            public String getFirstAttribute(String name) {
                return UserModel.LOCALE.equals(name) ? language : super.getFirstAttribute(name);
            }
        });
        // Keycloak's locale selection looks first at what the current request chose (the
        // actor's login page, their kc_locale): set aside while the recipient's message renders.
        var context = session.getContext();
        AuthenticationSessionModel authentication = context.getAuthenticationSession();
        Object requested = session.getAttribute(LocaleSelectorProvider.USER_REQUEST_LOCALE);
        context.setAuthenticationSession(null);
        session.removeAttribute(LocaleSelectorProvider.USER_REQUEST_LOCALE);
        try {
            mail.send(subjectKey, subjectArguments, template, new java.util.HashMap<>(attributes));
        } catch (EmailException e) {
            throw new IllegalStateException("email template " + template + " could not be rendered", e);
        } finally {
            context.setAuthenticationSession(authentication);
            if (requested != null) {
                session.setAttribute(LocaleSelectorProvider.USER_REQUEST_LOCALE, requested);
            }
        }
    }

    @Override
    protected void send(Map<String, String> config, String subject, String textBody, String htmlBody) {
        enqueue(user.getEmail(), subject, textBody, htmlBody);
    }

    /** Keycloak's last step before SMTP: (config, subject, text, html, address or null for the user). */
    @Override
    protected void send(Map<String, String> config, String subject, String textBody, String htmlBody, String address) {
        enqueue(address != null ? address : user.getEmail(), subject, textBody, htmlBody);
    }

    private void enqueue(String address, String subject, String textBody, String htmlBody) {
        long now = System.currentTimeMillis();
        OutboxEntity message = new OutboxEntity();
        message.setId(UUID.randomUUID().toString());
        message.setRealmId(realm.getId());
        message.setRecipient(address);
        message.setSubject(subject.length() > 500 ? subject.substring(0, 500) : subject);
        message.setTextBody(textBody == null ? "" : textBody);
        message.setHtmlBody(htmlBody);
        message.setKind(kind);
        message.setEraseAfterSending(secret);
        message.setCreatedAt(now);
        message.setAttempts(0);
        message.setNextAttemptAt(now);
        Jpa.em(session).persist(message);
    }
}
