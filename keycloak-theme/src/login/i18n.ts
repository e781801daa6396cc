import { i18nBuilder } from "keycloakify/login";
import type { ThemeName } from "../kc.gen";

/**
 * Every string our pages add to Keycloak's own messages. French is the reference text;
 * keys are prefixed `efp` so they never shadow a Keycloak key by accident. `{0}` in a text
 * about the service is the service title ops configure (EFP_SERVICE_TITLE).
 *
 * Keys the server formats itself (CAPTCHA and validation-code errors, password policy) live here
 * too: keycloakify writes every key to the theme's messages_*.properties.
 */
const { useI18n, ofTypeI18n } = i18nBuilder
  .withThemeName<ThemeName>()
  .withCustomTranslations({
    fr: {
      // Layout
      efpServiceTagline: "Accès unique aux services numériques de l'emploi et de la formation professionnelle",
      efpHomeLinkTitle: "Accueil - {0}",
      efpFooterDescription:
        "{0} est le service d'identification unique des services numériques de l'emploi et de la formation professionnelle du ministère du Travail.",
      efpSkipToContent: "Contenu",
      efpSkipToFooter: "Pied de page",
      efpErrorTitlePrefix: "Erreur",
      efpRequiredFieldsNotice: "Sauf mention contraire, tous les champs sont obligatoires.",
      efpBackToLogin: "Retour à la connexion",
      efpBackToApplication: "Retour à l'application",
      efpDoSubmit: "Valider",
      efpDoCancel: "Annuler",
      efpDoContinue: "Continuer",
      efpOptional: "Facultatif.",
      efpSelectPlaceholder: "Sélectionnez une option",

      // Login
      efpLoginTitle: "Je m'identifie avec mon compte {0}",
      efpLoginDocumentTitle: "Connexion",
      efpUsernameLabel: "Identifiant (e-mail professionnel)",
      efpForgotPassword: "Mot de passe oublié ?",
      efpDoLogIn: "Se connecter",
      efpNoAccountTitle: "Vous n'avez pas de compte ?",
      efpCreateAccount: "Je crée mon compte {0}",
      efpOr: "ou",
      efpRestartLogin: "Changer d'identifiant",

      // CAPTCHA
      efpCaptchaLegend: "Je ne suis pas un robot",
      efpCaptchaHint: "Pour afficher un nouveau code ou écouter le code, utilisez les boutons situés à côté de l'image",
      efpCaptchaImageAlt: "Code de sécurité : image déformée de lettres et de chiffres. Utilisez « Écouter le code » si vous ne pouvez pas la lire.",
      efpCaptchaRefresh: "Afficher un nouveau code",
      efpCaptchaListen: "Écouter le code",
      efpCaptchaAudioDownload: "Télécharger le code en version audio",
      efpCaptchaAnswerLabel: "Recopiez le code de sécurité (composé de chiffres et de lettres)",
      efpCaptchaInvalid: "Le code de sécurité est incorrect ou a expiré. Recopiez le nouveau code.",
      efpCaptchaUnavailable: "Le code de sécurité ne peut pas être affiché pour le moment. Réessayez dans quelques instants.",
      efpCaptchaSessionThrottled: "Trop de codes de sécurité erronés. Pour votre sécurité, cette page n'accepte plus de code : recommencez depuis le service numérique auquel vous souhaitez accéder.",
      efpCaptchaAddressThrottled: "Trop de codes de sécurité erronés ont été saisis depuis votre réseau. Pour votre sécurité, réessayez dans {0} minute(s).",

      // Account creation and profile
      efpRegisterTitle: "Je crée mon compte {0}",
      efpRegisterDocumentTitle: "Création de compte",
      efpEmailLabel: "Adresse électronique professionnelle",
      efpEmailHint: "Elle sera votre identifiant. Format attendu : nom@domaine.fr",
      efpFirstNameLabel: "Prénom",
      efpLastNameLabel: "Nom",
      efpDoRegister: "Créer mon compte",
      efpHaveAccountTitle: "Vous avez déjà un compte ?",
      efpTermsAcceptLabel: "J'accepte les conditions générales d'utilisation",
      efpUpdateProfileTitle: "Complétez vos informations",
      efpUpdateProfileDocumentTitle: "Mes informations",
      efpUpdateEmailTitle: "Je modifie mon adresse électronique",
      efpUpdateEmailDocumentTitle: "Adresse électronique",

      // Passwords
      efpPasswordLabel: "Mot de passe",
      efpPasswordConfirmLabel: "Confirmation du mot de passe",
      efpNewPasswordLabel: "Nouveau mot de passe",
      efpNewPasswordConfirmLabel: "Confirmation du nouveau mot de passe",
      efpPasswordRulesIntro: "Votre mot de passe doit contenir :",
      efpPasswordRuleLength: "{0} caractères minimum",
      efpPasswordTooCommon: "Ce mot de passe fait partie des mots de passe les plus courants : choisissez-en un autre.",
      efpUpdatePasswordTitle: "Je choisis un nouveau mot de passe",
      efpUpdatePasswordDocumentTitle: "Nouveau mot de passe",
      efpLogoutOtherSessions: "Me déconnecter de mes autres appareils",

      // Forgotten password
      efpResetTitle: "Mot de passe oublié",
      efpResetIntro:
        "Saisissez l'adresse électronique de votre compte. Si elle correspond à un compte, vous recevrez un code de validation pour choisir un nouveau mot de passe.",
      efpDoSendCode: "Recevoir un code",

      // Validation code
      efpCodeTitleRegistration: "Validez votre adresse électronique",
      efpCodeTitleReset: "Réinitialisez votre mot de passe",
      efpCodeDocumentTitle: "Code de validation",
      efpCodeSent: "Un code de validation a été envoyé à {0}. Il est valable {1} minute(s).",
      efpCodeLabel: "Code de validation",
      efpCodeHint: "{0} chiffres, reçus par courrier électronique",
      efpCodeSpam: "Vous n'avez rien reçu ? Vérifiez vos courriers indésirables, ou demandez un nouveau code.",
      efpCodeResend: "Renvoyer le code",
      efpCodeResendIn: "Vous pourrez demander un nouveau code dans {0} s.",
      efpCodeInvalid: "Code incorrect. Il vous reste {0} essai(s).",
      efpCodeExpired: "Ce code a expiré. Demandez un nouveau code.",
      efpCodeTooManyAttempts: "Trop d'essais. Demandez un nouveau code.",
      efpCodeResent: "Un nouveau code vous a été envoyé.",
      efpCodeResendTooSoon: "Un code vient de vous être envoyé : patientez encore {0} s avant d'en demander un nouveau.",

      // Information, errors, end of session
      efpInfoTitle: "Information",
      efpErrorTitle: "Une erreur est survenue",
      efpPageExpiredTitle: "Cette page a expiré",
      efpPageExpiredText: "Pour votre sécurité, une page de connexion n'est valable que quelques minutes.",
      efpPageExpiredRestart: "Recommencer la connexion",
      efpPageExpiredContinue: "Reprendre où j'en étais",
      efpLogoutTitle: "Déconnexion",
      efpLogoutQuestion: "Voulez-vous vous déconnecter de {0} ?",
      efpDoLogout: "Me déconnecter",
      efpTermsTitle: "Conditions générales d'utilisation",
      efpDoAccept: "J'accepte",
      efpDoDecline: "Je refuse",
      efpNoticeTitle: "Information importante",

      // Access gate (no habilitation for the application) and the access manager charter
      efpGateTitle: "Vous n'avez pas accès au service numérique {0}",
      efpGateDocumentTitle: "Accès refusé",
      efpGateAsk: "Vous souhaitez demander un accès au service numérique {0} ?",
      efpGateExplain: "Veuillez remplir les champs ci-dessous afin de faire une demande d'accès qui sera transmise au responsable des accès en charge de gérer les habilitations pour votre organisation.",
      efpGatePendingTitle: "Vos demandes en attente",
      efpGatePendingItem: "Demande du {0} pour {1} (SIRET {2})",
      efpGateCancel: "Annuler cette demande",
      efpGateSearchLabel: "Raison sociale ou SIRET",
      efpGateSearchHint: "Au moins {0} caractères",
      efpGateSearch: "Rechercher",
      efpGateResultsCount: "{0} résultat(s) affiché(s) sur {1}",
      efpGateResultsCountCapped: "{0} résultats affichés sur plus de {1} : précisez votre recherche",
      efpGateNoResult: "Aucun établissement ne correspond à votre recherche.",
      efpGateCompanyLegend: "Votre établissement",
      efpGateDescriptionLabel: "Vous pouvez ajouter une description pour faciliter le traitement de la demande :",
      efpGateDescriptionHint: "{0} caractères au maximum",
      efpGateSubmit: "Envoyer ma demande",
      efpGateRaTitle: "Vous avez reçu un code responsable des accès par e-mail ou courrier postal ?",
      efpGateRaExplain: "Pour accéder au service numérique, veuillez saisir le code responsable des accès. En saisissant ce code, vous aurez accès au service numérique et deviendrez également responsable des accès, chargé de gérer les habilitations pour votre entreprise.",
      efpGateRaLabel: "Code responsable des accès",
      efpGateRaHint: "12 lettres et chiffres, par exemple ABCD-EFGH-JKMN",
      efpGateRaSubmit: "Valider le code",
      efpCharterDocumentTitle: "Charte du responsable des accès",
      efpCharterVersion: "Version {0}",
      efpCharterAccept: "J'ai lu la charte et je m'engage à la respecter",
      efpCharterSubmit: "Accepter et continuer",
      efpCharterMustAccept: "Vous devez accepter la charte pour continuer.",

      // Keycloak's own key, reworded to match our "Identifiant" label; Keycloak reads it server-side.
      // Also what a locked account reads (CaptchaUsernamePasswordForm): the same words whether
      // the account exists, so they say what a person can do either way.
      invalidUserMessage: "Identifiant ou mot de passe incorrect. Après plusieurs essais infructueux, la connexion à un compte est suspendue quelques minutes.",
      // Keycloak's French text has a missing word and a typo ("mettre à votre addresse").
      updateEmailMessage: "Vous devez mettre à jour votre adresse électronique pour activer votre compte."
    },
    en: {
      efpGateTitle: "You have no access to the digital service {0}",
      efpGateDocumentTitle: "Access denied",
      efpGateAsk: "Do you want to ask for access to the digital service {0}?",
      efpGateExplain: "Fill in the fields below to send an access request to the access managers of your organisation.",
      efpGatePendingTitle: "Your pending requests",
      efpGatePendingItem: "Request of {0} for {1} (SIRET {2})",
      efpGateCancel: "Cancel this request",
      efpGateSearchLabel: "Company name or SIRET",
      efpGateSearchHint: "At least {0} characters",
      efpGateSearch: "Search",
      efpGateResultsCount: "{0} result(s) shown out of {1}",
      efpGateResultsCountCapped: "{0} results shown out of more than {1}: refine your search",
      efpGateNoResult: "No establishment matches your search.",
      efpGateCompanyLegend: "Your establishment",
      efpGateDescriptionLabel: "You may add a description to help handle the request:",
      efpGateDescriptionHint: "{0} characters at most",
      efpGateSubmit: "Send my request",
      efpGateRaTitle: "Did you receive an access manager code by email or post?",
      efpGateRaExplain: "Type the access manager code to access the digital service. You will also become access manager, in charge of the habilitations of your company.",
      efpGateRaLabel: "Access manager code",
      efpGateRaHint: "12 letters and digits, e.g. ABCD-EFGH-JKMN",
      efpGateRaSubmit: "Validate the code",
      efpCharterDocumentTitle: "Access manager charter",
      efpCharterVersion: "Version {0}",
      efpCharterAccept: "I have read the charter and undertake to comply with it",
      efpCharterSubmit: "Accept and continue",
      efpCharterMustAccept: "You must accept the charter to continue.",
      efpServiceTagline: "Single sign-on to the employment and vocational training digital services",
      efpHomeLinkTitle: "Home - {0}",
      efpFooterDescription:
        "{0} is the single sign-on service of the employment and vocational training digital services of the French Ministry of Labour.",
      efpSkipToContent: "Content",
      efpSkipToFooter: "Footer",
      efpErrorTitlePrefix: "Error",
      efpRequiredFieldsNotice: "Unless stated otherwise, all fields are required.",
      efpBackToLogin: "Back to sign in",
      efpBackToApplication: "Back to the application",
      efpDoSubmit: "Submit",
      efpDoCancel: "Cancel",
      efpDoContinue: "Continue",
      efpOptional: "Optional.",
      efpSelectPlaceholder: "Select an option",

      efpLoginTitle: "I sign in with my {0} account",
      efpLoginDocumentTitle: "Sign in",
      efpUsernameLabel: "Username (work email)",
      efpForgotPassword: "Forgot your password?",
      efpDoLogIn: "Sign in",
      efpNoAccountTitle: "You don't have an account?",
      efpCreateAccount: "I create my {0} account",
      efpOr: "or",
      efpRestartLogin: "Use another username",

      efpCaptchaLegend: "I am not a robot",
      efpCaptchaHint: "To show a new code or listen to the code, use the buttons next to the image",
      efpCaptchaImageAlt: "Security code: distorted image of letters and digits. Use “Listen to the code” if you cannot read it.",
      efpCaptchaRefresh: "Show a new code",
      efpCaptchaListen: "Listen to the code",
      efpCaptchaAudioDownload: "Download the audio version of the code",
      efpCaptchaAnswerLabel: "Type the security code (letters and digits)",
      efpCaptchaInvalid: "The security code is wrong or has expired. Type the new code.",
      efpCaptchaUnavailable: "The security code cannot be shown right now. Please try again in a few moments.",
      efpCaptchaSessionThrottled: "Too many wrong security codes. For your security, this page accepts no more codes: start again from the digital service you want to use.",
      efpCaptchaAddressThrottled: "Too many wrong security codes were typed from your network. For your security, try again in {0} minute(s).",

      efpRegisterTitle: "I create my {0} account",
      efpRegisterDocumentTitle: "Create an account",
      efpEmailLabel: "Work email address",
      efpEmailHint: "It will be your username. Expected format: name@domain.fr",
      efpFirstNameLabel: "First name",
      efpLastNameLabel: "Last name",
      efpDoRegister: "Create my account",
      efpHaveAccountTitle: "You already have an account?",
      efpTermsAcceptLabel: "I accept the terms of use",
      efpUpdateProfileTitle: "Complete your information",
      efpUpdateProfileDocumentTitle: "My information",
      efpUpdateEmailTitle: "I change my email address",
      efpUpdateEmailDocumentTitle: "Email address",

      efpPasswordLabel: "Password",
      efpPasswordConfirmLabel: "Confirm password",
      efpNewPasswordLabel: "New password",
      efpNewPasswordConfirmLabel: "Confirm new password",
      efpPasswordRulesIntro: "Your password must contain:",
      efpPasswordRuleLength: "at least {0} characters",
      efpPasswordTooCommon: "This password is one of the most common ones: choose another one.",
      efpUpdatePasswordTitle: "I choose a new password",
      efpUpdatePasswordDocumentTitle: "New password",
      efpLogoutOtherSessions: "Sign me out of my other devices",

      efpResetTitle: "Forgot your password",
      efpResetIntro:
        "Enter the email address of your account. If it matches an account, you will receive a validation code to choose a new password.",
      efpDoSendCode: "Get a code",

      efpCodeTitleRegistration: "Confirm your email address",
      efpCodeTitleReset: "Reset your password",
      efpCodeDocumentTitle: "Validation code",
      efpCodeSent: "A validation code was sent to {0}. It is valid for {1} minute(s).",
      efpCodeLabel: "Validation code",
      efpCodeHint: "{0} digits, received by email",
      efpCodeSpam: "Nothing received? Check your spam folder, or ask for a new code.",
      efpCodeResend: "Send the code again",
      efpCodeResendIn: "You can ask for a new code in {0} s.",
      efpCodeInvalid: "Wrong code. You have {0} attempt(s) left.",
      efpCodeExpired: "This code has expired. Ask for a new code.",
      efpCodeTooManyAttempts: "Too many attempts. Ask for a new code.",
      efpCodeResent: "A new code has been sent to you.",
      efpCodeResendTooSoon: "A code was just sent to you: please wait {0} s before asking for a new one.",

      efpInfoTitle: "Information",
      efpErrorTitle: "An error occurred",
      efpPageExpiredTitle: "This page has expired",
      efpPageExpiredText: "For your security, a sign-in page is only valid for a few minutes.",
      efpPageExpiredRestart: "Start signing in again",
      efpPageExpiredContinue: "Continue where I left off",
      efpLogoutTitle: "Sign out",
      efpLogoutQuestion: "Do you want to sign out of {0}?",
      efpDoLogout: "Sign me out",
      efpTermsTitle: "Terms of use",
      efpDoAccept: "I accept",
      efpDoDecline: "I decline",
      efpNoticeTitle: "Important information",

      invalidUserMessage: "Incorrect username or password. After several failed attempts, signing in to an account is suspended for a few minutes.",
      updateEmailMessage: "You need to update your email address to activate your account."
    }
  })
  .build();

type I18n = typeof ofTypeI18n;

export { useI18n, type I18n };
