import { i18nBuilder } from "keycloakify/login";
import type { ThemeName } from "../kc.gen";
import { withPlainMessages } from "./plainMsg";

/**
 * Every string our pages add to Keycloak's own messages. French is the reference text;
 * keys are prefixed `efp` so they never shadow a Keycloak key by accident. `{0}` in a text
 * about the service is the service title ops configure (EFP_SERVICE_TITLE).
 *
 * Keys the server formats itself (CAPTCHA and validation-code errors, password policy) live here
 * too: keycloakify writes every key to the theme's messages_*.properties.
 *
 * Both languages stay written inline, in this one call: keycloakify's build reads the argument
 * of withCustomTranslations from this file's source and evaluates it, so messages imported from
 * other files would never reach the properties. Its type already keeps them complete: a key
 * missing from one language, or found in one only, fails the type check.
 */
const { useI18n: useKeycloakifyI18n, ofTypeI18n } = i18nBuilder
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

      // The way out under the card (WayOut), on every page but the login page
      efpWayOutLabel: "Quitter cette étape",
      efpMyAccount: "Mon compte",
      efpSignOut: "Se déconnecter",
      efpBackToNamedApplication: "Retour à {0}",

      // The seed's texts on the login page (the texts themselves: realm.yaml loginPage)
      efpLoginNoticesTitle: "Anciens utilisateurs et agents du ministère",
      efpLoginResetLink: "Réinitialiser mon mot de passe",
      efpAgentsGuideLink: "Guide de connexion Agents",
      efpAgentsGuideTitle: "Guide de connexion des agents",
      efpAgentsGuideIntro:
        "Agents de la DGEFP et des D(R)EETS : vous vous connectez avec votre compte du ministère, par l'ADFS de la DNUM, comme avec le Portail de services.",
      efpAgentsGuidePrefixTitle: "Ajoutez le préfixe de votre structure à votre identifiant",
      efpAgentsGuidePrefixText: "Sur la page de connexion, saisissez votre identifiant Windows précédé du préfixe de votre structure :",
      efpAgentsGuidePrefixHydre: "pour la DGEFP ;",
      efpAgentsGuidePrefixPolaris: "pour les D(R)EETS.",
      efpAgentsGuidePrefixExample: "Par exemple : polaris\\jdupont. Le mot de passe est celui de votre session Windows.",
      efpAgentsGuideNoAccountTitle: "Ce qui change et ce qui ne change pas",
      efpAgentsGuideNoAccount: "Vous n'avez pas de compte à créer : votre compte est celui de votre ordinateur.",
      efpAgentsGuideAdfs: "Votre identification reste gérée par la DNUM, avec son système ADFS.",
      efpAgentsGuideCannotChange:
        "Vous ne pouvez pas modifier ici votre mot de passe, votre adresse électronique, votre nom ni votre structure ministérielle : adressez-vous à votre service informatique.",

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
      efpCaptchaPlaying: "Lecture du code en cours : arrêter",
      efpCaptchaAudioDownload: "Télécharger le code en version audio",
      efpCaptchaAnswerLabel: "Recopiez le code de sécurité (composé de chiffres et de lettres)",
      efpCaptchaInvalid: "Le code de sécurité est incorrect ou a expiré. Recopiez le nouveau code.",
      efpCaptchaUnavailable: "Le code de sécurité ne peut pas être affiché pour le moment. Réessayez dans quelques instants.",
      efpCaptchaSessionThrottled:
        "Trop de codes de sécurité erronés. Pour votre sécurité, cette page n'accepte plus de code : recommencez depuis le service numérique auquel vous souhaitez accéder.",
      // Formatted by the server (java.text.MessageFormat): its choice format gives the plural.
      efpCaptchaAddressThrottled:
        "Trop de codes de sécurité erronés ont été saisis depuis votre réseau. Pour votre sécurité, réessayez dans {0,choice,0#{0} minute|1<{0} minutes}.",
      efpCaptchaEmpty: "Saisissez les caractères de l'image.",
      // Agents (hydre\jdupont), formatted by the server: {0} the typed prefix, {1} the known ones.
      efpAgentUnknownPrefix:
        "« {0} » n'est pas un domaine d'agents du ministère. Les agents saisissent le domaine de leur structure ({1}), une barre oblique inverse puis leur identifiant Windows, par exemple hydre\\jdupont. Les usagers professionnels saisissent leur adresse électronique.",
      // {0}: the provider's name ("Agents DGEFP (hydre)"). Asked by the server before sending the agent there.
      efpAgentAdfsUnreachable:
        "Le service d'authentification du ministère ({0}) ne répond pas pour le moment : vous n'avez pas été redirigé. Réessayez dans quelques minutes avec le bouton « Se connecter » ; si le problème persiste, contactez l'assistance informatique de votre structure.",
      // Keycloak's own keys, for the answers of the ministry's ADFS (the realm's only identity
      // providers): refused, failed or unverifiable; the person is not signed in and can retry.
      identityProviderUnexpectedErrorMessage:
        "Le service d'authentification du ministère n'a pas pu vous connecter. Réessayez en saisissant de nouveau votre identifiant Windows (par exemple hydre\\jdupont). Si l'échec se répète, contactez l'assistance informatique de votre structure.",
      identityProviderInvalidSignatureMessage:
        "La réponse du service d'authentification du ministère n'a pas pu être vérifiée : sa signature n'est pas valide. Par sécurité, vous n'êtes pas connecté. Reconnectez-vous depuis le service numérique ou depuis « Mon compte » ; si le problème persiste, contactez l'assistance informatique de votre structure.",
      identityProviderInvalidResponseMessage:
        "La réponse du service d'authentification du ministère n'est pas valide. Par sécurité, vous n'êtes pas connecté. Reconnectez-vous depuis le service numérique ou depuis « Mon compte » ; si le problème persiste, contactez l'assistance informatique de votre structure.",
      invalidRequesterMessage:
        "Cette demande de connexion n'est pas valide, a expiré ou a déjà été utilisée. Par sécurité, vous n'êtes pas connecté : recommencez depuis le service numérique ou depuis « Mon compte ».",
      // Agents' identity is their ministry's: {0} the domains agents type (hydre\, polaris\).
      // A ministry address refused on the login form (password or account): {0} the prefixes.
      efpAgentUseWindowsLogin:
        "Identifiant ou mot de passe incorrect. Les agents du ministère ne se connectent pas avec leur adresse électronique : saisissez le domaine de votre structure ({0}) suivi de votre identifiant Windows, par exemple hydre\\jdupont, puis le mot de passe de votre ordinateur.",
      efpAgentNoPasswordReset:
        "Les agents du ministère n'ont pas de mot de passe EFP Connect : ils se connectent avec leur compte Windows. Sur la page de connexion, saisissez le domaine de votre structure ({0}) suivi de votre identifiant Windows, puis le mot de passe de votre ordinateur. Pour changer ce mot de passe, adressez-vous au service informatique de votre structure. Aucun courriel n'a été envoyé.",
      efpAgentNoRegistration:
        "Les agents du ministère ne créent pas de compte EFP Connect : ils se connectent avec leur compte Windows. Sur la page de connexion, saisissez le domaine de votre structure ({0}) suivi de votre identifiant Windows, par exemple hydre\\jdupont, puis le mot de passe de votre ordinateur.",
      efpAgentIdentityReadOnly:
        "Les informations d'un agent du ministère viennent de son compte ministériel : elles ne se modifient pas dans EFP Connect. Adressez-vous au service informatique de votre structure.",
      efpMinistryAddress:
        "Les adresses des domaines du ministère sont réservées aux agents, qui se connectent avec leur compte Windows : choisissez une autre adresse.",
      efpAgentNoPassword: "Les agents du ministère n'ont pas de mot de passe EFP Connect : ils se connectent avec leur compte Windows.",
      efpAgentAccountConflict:
        "Un compte EFP Connect d'usager professionnel utilise déjà l'adresse électronique de votre compte d'agent. Pour votre sécurité, il n'a pas été relié à votre compte Windows : contactez l'assistance d'EFP Connect, qui vérifiera les deux comptes.",

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
      efpEditProfileTitle: "Modifier mes informations",
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
      efpCodeSent_one: "Un code de validation a été envoyé à {0}. Il est valable {1} minute.",
      efpCodeSent_other: "Un code de validation a été envoyé à {0}. Il est valable {1} minutes.",
      efpCodeLabel: "Code de validation",
      efpCodeHint: "{0} chiffres, reçus par courrier électronique",
      efpCodeSpam: "Vous n'avez rien reçu ? Vérifiez vos courriers indésirables, ou demandez un nouveau code.",
      efpCodeResend: "Renvoyer le code",
      efpCodeResendIn: "Vous pourrez demander un nouveau code dans {0} s.",
      // Formatted by the server, like efpCaptchaAddressThrottled.
      efpCodeInvalid: "Code incorrect. Il vous reste {0,choice,0#{0} essai|1<{0} essais}.",
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
      efpGateExplain:
        "Veuillez remplir les champs ci-dessous afin de faire une demande d'accès qui sera transmise au responsable des accès en charge de gérer les habilitations pour votre organisation.",
      efpGatePendingTitle: "Vos demandes en attente",
      efpGatePendingItem: "Demande du {0} pour {1} (SIRET {2})",
      efpGatePendingAgentItem: "Demande du {0} pour {1}",
      efpGateAgentExplain:
        "En tant qu'agent, vous demandez l'accès pour votre structure, {0} ({1}). Votre demande sera transmise aux administrateurs de {2}, qui l'accepteront ou la refuseront.",
      efpGateAgentSubmit: "Demander l'accès pour {0}",
      efpGateAgentNoStructure:
        "Votre compte d'agent n'est rattaché à aucune structure ministérielle : vous ne pouvez pas encore demander d'accès. Contactez l'assistance de votre structure.",
      efpGateCancel: "Annuler cette demande",
      efpGateSearchLabel: "Raison sociale ou SIRET",
      efpGateSearchHint: "Au moins {0} caractères",
      efpGateSearchTooShort: "Saisissez au moins {0} caractères de la raison sociale ou du SIRET.",
      efpGateCompanyMissing: "Choisissez votre établissement dans la liste des résultats.",
      efpGateRaMissing: "Saisissez le code responsable des accès reçu.",
      efpGateSearch: "Rechercher",
      efpGateResultsCount_one: "{0} résultat affiché sur {1}",
      efpGateResultsCount_other: "{0} résultats affichés sur {1}",
      efpGateResultsCountCapped: "{0} résultats affichés sur plus de {1} : précisez votre recherche",
      efpGateNoResult: "Aucun établissement ne correspond à votre recherche.",
      efpGateCompanyLegend: "Votre établissement",
      efpGateDescriptionLabel: "Vous pouvez ajouter une description pour faciliter le traitement de la demande :",
      efpGateDescriptionHint: "{0} caractères au maximum",
      efpGateSubmit: "Envoyer ma demande",
      efpGateRaTitle: "Vous avez reçu un code responsable des accès par e-mail ou courrier postal ?",
      efpGateRaExplain:
        "Pour accéder au service numérique, veuillez saisir le code responsable des accès. En saisissant ce code, vous aurez accès au service numérique et deviendrez également responsable des accès, chargé de gérer les habilitations pour votre entreprise.",
      efpGateRaLabel: "Code responsable des accès",
      efpGateRaHint: "12 lettres et chiffres, par exemple ABCD-EFGH-JKMN",
      efpGateRaSubmit: "Valider le code",
      efpCharterDocumentTitle: "Charte du responsable des accès",
      efpCharterVersion: "Version {0}",
      efpCharterAccept: "J'ai lu la charte et je m'engage à la respecter",
      efpCharterSubmit: "Accepter et continuer",
      efpCharterMustAccept: "Vous devez accepter la charte pour continuer.",
      efpCharterDecline: "Je refuse la charte",
      efpCharterDeclineHint: "Si vous refusez la charte, votre session sera fermée.",
      efpCharterDeclinedTitle: "Vous avez refusé la charte du responsable des accès",
      efpCharterDeclinedSignedOut: "Votre session est fermée.",
      efpCharterDeclinedMeaning:
        "Sans accepter la charte, vous ne pouvez pas agir comme responsable des accès, ni utiliser les services numériques dont vous êtes responsable des accès.",
      efpCharterDeclinedNextTime:
        "Votre rôle de responsable des accès est conservé : la charte vous sera présentée de nouveau à votre prochaine connexion, et vous pourrez alors l'accepter.",
      efpCharterDeclinedWhatToDo:
        "Si vous ne souhaitez pas être responsable des accès, demandez à un autre responsable des accès de votre établissement, ou à l'administrateur applicatif du service numérique, de vous retirer ce rôle.",
      efpCompanyChoiceTitle: "Pour quel établissement agissez-vous sur {0} ?",
      efpCompanyChoiceDocumentTitle: "Choix de l'établissement",
      efpCompanyChoiceExplain:
        "Vous détenez des habilitations pour {0} établissements sur le service numérique {1}. Choisissez celui pour lequel vous agissez : le service numérique ne connaîtra que celui-ci pendant cette connexion.",
      efpCompanyChoiceSearchLabel: "Raison sociale ou SIRET",
      efpCompanyChoiceSearchHint: "Parmi vos établissements",
      efpCompanyChoiceSearch: "Filtrer",
      efpCompanyChoiceShown_one: "{0} établissement affiché sur {1}",
      efpCompanyChoiceShown_other: "{0} établissements affichés sur {1}",
      efpCompanyChoiceShownCapped: "{0} établissements affichés sur {1} : précisez votre recherche",
      efpCompanyChoiceNoMatch: "Aucun de vos établissements ne correspond à « {0} ».",
      efpCompanyChoiceLegend: "Établissement",
      efpCompanyChoiceSiret: "SIRET {0}",
      efpCompanyChoiceStructure: "Structure {0}",
      efpCompanyChoiceRoles: "rôles : {0}",
      efpCompanyChoiceSubmit: "Continuer avec cet établissement",
      efpCompanyChoiceMissing: "Choisissez un établissement dans la liste.",

      // efp login (OAuth 2.0 device authorization grant): the code, the consent, the end page.
      efpDeviceCodeTitle: "Connexion de la CLI efp",
      efpDeviceCodeIntro:
        "La commande efp login affiche un code dans votre terminal. Saisissez-le ici : vous vous identifierez ensuite, puis vous pourrez autoriser la CLI efp à agir en votre nom.",
      efpDeviceCodeLabel: "Saisissez le code affiché par la CLI efp",
      efpDeviceCodeHint: "8 lettres, sous la forme ABCD-EFGH",
      efpDeviceNewCode: "Saisir un autre code",
      efpGrantDocumentTitle: "Autorisation",
      efpGrantTitleCli: "Autoriser la CLI efp à agir en votre nom ?",
      efpGrantTitle: "Autoriser « {0} » à agir en votre nom ?",
      efpGrantIntroCli: "La CLI efp (commande efp login) demande à utiliser votre compte.",
      efpGrantIntro: "L'application « {0} » demande à utiliser votre compte.",
      efpGrantScopesCli: "Si vous l'autorisez, la CLI efp pourra :",
      efpGrantScopes: "Si vous l'autorisez, elle pourra :",
      efpGrantDocuments: "Documents de {0}",
      efpGrantTos: "Conditions d'utilisation de {0}",
      efpGrantPolicy: "Politique de confidentialité de {0}",
      efpNewWindow: "nouvelle fenêtre",
      efpGrantCliWarning: "N'autorisez que si vous venez de lancer vous-même la commande efp login.",
      efpGrantCliLogout: "Vous pourrez fermer cette session à tout moment avec la commande efp logout.",
      efpGrantAccept: "Autoriser",
      efpGrantRefuse: "Refuser",
      // Consent texts of the API scopes (provisioning/src/apply/api-audiences.ts), and Keycloak's
      // own, reworded to follow "… pourra :".
      efpConsentScopeAccess: "gérer les accès en votre nom",
      efpConsentScopeAdmin: "administrer EFP Connect dans la limite de vos droits",
      profileScopeConsentText: "connaître vos nom, prénom et identifiant",
      emailScopeConsentText: "connaître votre adresse électronique",
      rolesScopeConsentText: "connaître vos rôles",
      // Keycloak's keys for the device flow, formatted by the server (code page, end page).
      oauth2DeviceInvalidUserCodeMessage: "Ce code est inconnu ou a déjà servi. Vérifiez le code affiché par la CLI efp, ou relancez efp login.",
      oauth2DeviceExpiredUserCodeMessage: "Ce code a expiré. Relancez efp login dans votre terminal pour en obtenir un nouveau.",
      oauth2DeviceVerificationCompleteHeader: "La CLI efp est connectée",
      oauth2DeviceVerificationCompleteMessage: "La CLI efp agit désormais en votre nom. Vous pouvez fermer cette fenêtre et revenir à votre terminal.",
      oauth2DeviceVerificationFailedHeader: "La CLI efp n'est pas connectée",
      oauth2DeviceVerificationFailedMessage: "La connexion n'a pas abouti. Fermez cette fenêtre, puis relancez efp login dans votre terminal.",
      oauth2DeviceConsentDeniedMessage: "Vous avez refusé : la CLI efp n'agira pas en votre nom. Vous pouvez fermer cette fenêtre.",

      // Keycloak's own key, reworded to match our "Identifiant" label; Keycloak reads it server-side.
      // Also what a locked account reads (CaptchaUsernamePasswordForm): the same words whether
      // the account exists, so they say what a person can do either way.
      invalidUserMessage: "Identifiant ou mot de passe incorrect. Après plusieurs essais infructueux, la connexion à un compte est suspendue quelques minutes.",
      // Keycloak's French text has a missing word and a typo ("mettre à votre addresse").
      updateEmailMessage: "Vous devez mettre à jour votre adresse électronique pour activer votre compte.",
      // What the server says on the gate page (an error code's text, in the page's language:
      // fr.gouv.travail.efp.locale.PageText reads these keys; efpError_<code> of EfpException)
      efpGateRequestSent: "Votre demande d'accès a été transmise aux responsables des accès de {0}.",
      efpGateRequestAlreadyPending: "Une demande d'accès pour {0} est déjà en attente : elle n'a pas été envoyée une seconde fois.",
      efpGateRequestCancelled: "Votre demande a été annulée.",
      efpGateAgentRequestSent: "Votre demande d'accès pour {0} a été transmise aux administrateurs de {1}.",
      efpError_no_structure: "Votre compte d'agent n'est rattaché à aucune structure ministérielle : contactez l'assistance de votre structure.",
      efpError_invalid_ra_code: "Ce code responsable des accès n'est pas valide : il comporte 12 lettres et chiffres (ex. ABCD-EFGH-JKMN).",
      efpError_invalid_ra_code_for: "Ce code responsable des accès n'est pas valide pour {0}.",
      efpError_ra_code_used: "Ce code responsable des accès a déjà été utilisé.",
      efpError_ra_code_revoked: "Ce code responsable des accès a été révoqué.",
      efpError_ra_code_expired: "Ce code responsable des accès a expiré : demandez-en un nouveau.",
      efpError_ra_codes_disabled: "Les codes responsable des accès ne sont pas utilisés pour {0}.",
      efpError_too_many_attempts: "Trop de codes erronés : réessayez dans {0} minutes.",
      efpError_unknown_company: "Choisissez votre établissement dans la liste des résultats.",
      efpError_unknown_company_closed: "Cet établissement ne figure pas dans l'annuaire, ou il est fermé.",
      efpError_already_habilitated: "Vous avez déjà accès à {0} pour {1}.",
      efpError_unknown_request: "Cette demande n'existe plus.",
      efpError_request_closed: "Cette demande a déjà été traitée.",
      efpError_description_too_long: "La description dépasse {0} caractères ({1}).",
      efpError_invalid_text: "La description contient des caractères non autorisés.",
      efpError_query_too_short: "Saisissez au moins {0} caractères de la raison sociale ou du SIRET.",
      efpError_query_too_long: "La recherche dépasse {0} caractères : saisissez la raison sociale ou le SIRET seulement.",
      efpError_query_too_vague: "Précisez la recherche : des mots comme « de », « la » ou « et » ne suffisent pas à trouver une entreprise.",
      efpError_invalid_siret: "Un SIRET compte 14 chiffres et un SIREN 9 : la recherche en compte {0}.",
    },
    en: {
      efpGateTitle: "You have no access to the digital service {0}",
      efpGateDocumentTitle: "Access denied",
      efpGateAsk: "Do you want to ask for access to the digital service {0}?",
      efpGateExplain: "Fill in the fields below to send an access request to the access managers of your organisation.",
      efpGatePendingTitle: "Your pending requests",
      efpGatePendingItem: "Request of {0} for {1} (SIRET {2})",
      efpGatePendingAgentItem: "Request of {0} for {1}",
      efpGateAgentExplain:
        "As an agent, you ask for access for your structure, {0} ({1}). Your request will be sent to the administrators of {2}, who will accept or refuse it.",
      efpGateAgentSubmit: "Ask for access for {0}",
      efpGateAgentNoStructure: "Your agent account belongs to no ministerial structure: you cannot ask for access yet. Contact your structure's support.",
      efpGateCancel: "Cancel this request",
      efpGateSearchLabel: "Company name or SIRET",
      efpGateSearchHint: "At least {0} characters",
      efpGateSearchTooShort: "Type at least {0} characters of the company name or SIRET.",
      efpGateCompanyMissing: "Choose your establishment from the results.",
      efpGateRaMissing: "Type the access manager code you received.",
      efpGateSearch: "Search",
      efpGateResultsCount_one: "{0} result shown out of {1}",
      efpGateResultsCount_other: "{0} results shown out of {1}",
      efpGateResultsCountCapped: "{0} results shown out of more than {1}: refine your search",
      efpGateNoResult: "No establishment matches your search.",
      efpGateCompanyLegend: "Your establishment",
      efpGateDescriptionLabel: "You may add a description to help handle the request:",
      efpGateDescriptionHint: "{0} characters at most",
      efpGateSubmit: "Send my request",
      efpGateRaTitle: "Did you receive an access manager code by email or post?",
      efpGateRaExplain:
        "Type the access manager code to access the digital service. You will also become access manager, in charge of the habilitations of your company.",
      efpGateRaLabel: "Access manager code",
      efpGateRaHint: "12 letters and digits, e.g. ABCD-EFGH-JKMN",
      efpGateRaSubmit: "Validate the code",
      efpCharterDocumentTitle: "Access manager charter",
      efpCharterVersion: "Version {0}",
      efpCharterAccept: "I have read the charter and undertake to comply with it",
      efpCharterSubmit: "Accept and continue",
      efpCharterMustAccept: "You must accept the charter to continue.",
      efpCharterDecline: "I decline the charter",
      efpCharterDeclineHint: "If you decline the charter, your session will be closed.",
      efpCharterDeclinedTitle: "You declined the access manager charter",
      efpCharterDeclinedSignedOut: "Your session is closed.",
      efpCharterDeclinedMeaning: "Without accepting the charter, you cannot act as an access manager, nor use the digital services for which you are one.",
      efpCharterDeclinedNextTime: "Your access manager role is kept: the charter will be shown again the next time you sign in, and you can accept it then.",
      efpCharterDeclinedWhatToDo:
        "If you do not want to be an access manager, ask another access manager of your establishment, or the application administrator of the digital service, to remove this role.",
      efpCompanyChoiceTitle: "Which establishment are you acting for on {0}?",
      efpCompanyChoiceDocumentTitle: "Choice of establishment",
      efpCompanyChoiceExplain:
        "You hold habilitations for {0} establishments on the digital service {1}. Choose the one you are acting for: the digital service will know only that one during this session.",
      efpCompanyChoiceSearchLabel: "Company name or SIRET",
      efpCompanyChoiceSearchHint: "Among your establishments",
      efpCompanyChoiceSearch: "Filter",
      efpCompanyChoiceShown_one: "{0} establishment shown out of {1}",
      efpCompanyChoiceShown_other: "{0} establishments shown out of {1}",
      efpCompanyChoiceShownCapped: "{0} establishments shown out of {1}: refine your search",
      efpCompanyChoiceNoMatch: "None of your establishments matches “{0}”.",
      efpCompanyChoiceLegend: "Establishment",
      efpCompanyChoiceSiret: "SIRET {0}",
      efpCompanyChoiceStructure: "Structure {0}",
      efpCompanyChoiceRoles: "roles: {0}",
      efpCompanyChoiceSubmit: "Continue with this establishment",
      efpCompanyChoiceMissing: "Choose an establishment from the list.",
      efpServiceTagline: "Single sign-on to the employment and vocational training digital services",
      efpHomeLinkTitle: "Home - {0}",
      efpFooterDescription: "{0} is the single sign-on service of the employment and vocational training digital services of the French Ministry of Labour.",
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

      efpWayOutLabel: "Leave this step",
      efpMyAccount: "My account",
      efpSignOut: "Sign out",
      efpBackToNamedApplication: "Back to {0}",
      efpLoginNoticesTitle: "Former portal users and ministry agents",
      efpLoginResetLink: "Reset my password",
      efpAgentsGuideLink: "Agents' sign-in guide",
      efpAgentsGuideTitle: "Agents' sign-in guide",
      efpAgentsGuideIntro: "DGEFP and D(R)EETS agents: you sign in with your ministry account, through the DNUM's ADFS, as with the Portail de services.",
      efpAgentsGuidePrefixTitle: "Add your structure's prefix to your username",
      efpAgentsGuidePrefixText: "On the sign-in page, type your Windows username preceded by your structure's prefix:",
      efpAgentsGuidePrefixHydre: "for the DGEFP;",
      efpAgentsGuidePrefixPolaris: "for the D(R)EETS.",
      efpAgentsGuidePrefixExample: "For example: polaris\\jdupont. The password is the one of your Windows session.",
      efpAgentsGuideNoAccountTitle: "What changes and what does not",
      efpAgentsGuideNoAccount: "You have no account to create: your account is the one of your computer.",
      efpAgentsGuideAdfs: "Your sign-in is still managed by the DNUM, with its ADFS.",
      efpAgentsGuideCannotChange: "You cannot change your password, email address, name or ministerial structure here: ask your IT department.",

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
      efpCaptchaPlaying: "Playing the code: stop",
      efpCaptchaAudioDownload: "Download the audio version of the code",
      efpCaptchaAnswerLabel: "Type the security code (letters and digits)",
      efpCaptchaInvalid: "The security code is wrong or has expired. Type the new code.",
      efpCaptchaUnavailable: "The security code cannot be shown right now. Please try again in a few moments.",
      efpCaptchaSessionThrottled:
        "Too many wrong security codes. For your security, this page accepts no more codes: start again from the digital service you want to use.",
      efpCaptchaAddressThrottled:
        "Too many wrong security codes were typed from your network. For your security, try again in {0,choice,0#{0} minutes|1#{0} minute|1<{0} minutes}.",
      efpCaptchaEmpty: "Type the characters of the image.",
      efpAgentUnknownPrefix:
        "\u201c{0}\u201d is not a domain of the ministry's agents. Agents type their structure's domain ({1}), a backslash, then their Windows login, for example hydre\\jdupont. Professionals type their email address.",
      efpAgentAdfsUnreachable:
        "The ministry's sign-in service ({0}) is not answering at the moment: you were not redirected. Try again in a few minutes with the \u201cSign in\u201d button; if the problem persists, contact your department's IT support.",
      identityProviderUnexpectedErrorMessage:
        "The ministry's sign-in service could not sign you in. Try again by typing your Windows login again (for example hydre\\jdupont). If it keeps failing, contact your department's IT support.",
      identityProviderInvalidSignatureMessage:
        "The answer of the ministry's sign-in service could not be verified: its signature is not valid. For your security, you are not signed in. Sign in again from the online service or from \"My account\"; if the problem persists, contact your department's IT support.",
      identityProviderInvalidResponseMessage:
        "The answer of the ministry's sign-in service is not valid. For your security, you are not signed in. Sign in again from the online service or from \"My account\"; if the problem persists, contact your department's IT support.",
      invalidRequesterMessage:
        'This sign-in request is not valid, has expired or has already been used. For your security, you are not signed in: start again from the online service or from "My account".',
      efpAgentUseWindowsLogin:
        "Incorrect username or password. Ministry agents do not sign in with their email address: type your structure's domain ({0}) followed by your Windows username, for example hydre\\jdupont, then your computer's password.",
      efpAgentNoPasswordReset:
        "The ministry's agents have no EFP Connect password: they sign in with their Windows account. On the sign-in page, type your structure's domain ({0}) followed by your Windows login, then your computer's password. To change that password, contact your structure's IT department. No email was sent.",
      efpAgentNoRegistration:
        "The ministry's agents do not create an EFP Connect account: they sign in with their Windows account. On the sign-in page, type your structure's domain ({0}) followed by your Windows login, for example hydre\\jdupont, then your computer's password.",
      efpAgentIdentityReadOnly:
        "A ministry agent's details come from their ministry account: they cannot be changed in EFP Connect. Contact your structure's IT department.",
      efpMinistryAddress: "Addresses of the ministry's domains are for its agents, who sign in with their Windows account: choose another address.",
      efpAgentNoPassword: "The ministry's agents have no EFP Connect password: they sign in with their Windows account.",
      efpAgentAccountConflict:
        "A professional EFP Connect account already uses the email address of your agent account. For your security, it was not linked to your Windows account: contact the EFP Connect help desk, who will check both accounts.",

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
      efpEditProfileTitle: "Edit my information",
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
      efpResetIntro: "Enter the email address of your account. If it matches an account, you will receive a validation code to choose a new password.",
      efpDoSendCode: "Get a code",

      efpCodeTitleRegistration: "Confirm your email address",
      efpCodeTitleReset: "Reset your password",
      efpCodeDocumentTitle: "Validation code",
      efpCodeSent_one: "A validation code was sent to {0}. It is valid for {1} minute.",
      efpCodeSent_other: "A validation code was sent to {0}. It is valid for {1} minutes.",
      efpCodeLabel: "Validation code",
      efpCodeHint: "{0} digits, received by email",
      efpCodeSpam: "Nothing received? Check your spam folder, or ask for a new code.",
      efpCodeResend: "Send the code again",
      efpCodeResendIn: "You can ask for a new code in {0} s.",
      efpCodeInvalid: "Wrong code. You have {0,choice,0#{0} attempts|1#{0} attempt|1<{0} attempts} left.",
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

      efpDeviceCodeTitle: "Sign in to the efp CLI",
      efpDeviceCodeIntro:
        "The efp login command shows a code in your terminal. Type it here: you will then sign in, and you can allow the efp CLI to act on your behalf.",
      efpDeviceCodeLabel: "Type the code shown by the efp CLI",
      efpDeviceCodeHint: "8 letters, like ABCD-EFGH",
      efpDeviceNewCode: "Type another code",
      efpGrantDocumentTitle: "Authorisation",
      efpGrantTitleCli: "Allow the efp CLI to act on your behalf?",
      efpGrantTitle: "Allow “{0}” to act on your behalf?",
      efpGrantIntroCli: "The efp CLI (efp login command) asks to use your account.",
      efpGrantIntro: "The application “{0}” asks to use your account.",
      efpGrantScopesCli: "If you allow it, the efp CLI will be able to:",
      efpGrantScopes: "If you allow it, it will be able to:",
      efpGrantDocuments: "Documents of {0}",
      efpGrantTos: "Terms of use of {0}",
      efpGrantPolicy: "Privacy policy of {0}",
      efpNewWindow: "new window",
      efpGrantCliWarning: "Only allow it if you have just run the efp login command yourself.",
      efpGrantCliLogout: "You can end this session at any time with the efp logout command.",
      efpGrantAccept: "Allow",
      efpGrantRefuse: "Deny",
      efpConsentScopeAccess: "manage access on your behalf",
      efpConsentScopeAdmin: "administer EFP Connect within your rights",
      profileScopeConsentText: "know your last name, first name and username",
      emailScopeConsentText: "know your email address",
      rolesScopeConsentText: "know your roles",
      oauth2DeviceInvalidUserCodeMessage: "This code is unknown or was already used. Check the code shown by the efp CLI, or run efp login again.",
      oauth2DeviceExpiredUserCodeMessage: "This code has expired. Run efp login again in your terminal to get a new one.",
      oauth2DeviceVerificationCompleteHeader: "The efp CLI is connected",
      oauth2DeviceVerificationCompleteMessage: "The efp CLI now acts on your behalf. You can close this window and go back to your terminal.",
      oauth2DeviceVerificationFailedHeader: "The efp CLI is not connected",
      oauth2DeviceVerificationFailedMessage: "Signing in did not complete. Close this window, then run efp login again in your terminal.",
      oauth2DeviceConsentDeniedMessage: "You refused: the efp CLI will not act on your behalf. You can close this window.",
      invalidUserMessage: "Incorrect username or password. After several failed attempts, signing in to an account is suspended for a few minutes.",
      updateEmailMessage: "You need to update your email address to activate your account.",
      // What the server says on the gate page (see the French keys)
      efpGateRequestSent: "Your access request was sent to the access managers of {0}.",
      efpGateRequestAlreadyPending: "An access request for {0} is already waiting: it was not sent a second time.",
      efpGateRequestCancelled: "Your request was cancelled.",
      efpGateAgentRequestSent: "Your access request for {0} was sent to the administrators of {1}.",
      efpError_no_structure: "Your agent account belongs to no ministerial structure: contact your structure's support.",
      efpError_invalid_ra_code: "This access manager code is not valid: it has 12 letters and digits (e.g. ABCD-EFGH-JKMN).",
      efpError_invalid_ra_code_for: "This access manager code is not valid for {0}.",
      efpError_ra_code_used: "This access manager code has already been used.",
      efpError_ra_code_revoked: "This access manager code was revoked.",
      efpError_ra_code_expired: "This access manager code has expired: ask for a new one.",
      efpError_ra_codes_disabled: "Access manager codes are not used for {0}.",
      efpError_too_many_attempts: "Too many wrong codes: try again in {0} minutes.",
      efpError_unknown_company: "Choose your establishment in the list of results.",
      efpError_unknown_company_closed: "This establishment is not in the directory, or it is closed.",
      efpError_already_habilitated: "You already have access to {0} for {1}.",
      efpError_unknown_request: "This request no longer exists.",
      efpError_request_closed: "This request has already been handled.",
      efpError_description_too_long: "The description is longer than {0} characters ({1}).",
      efpError_invalid_text: "The description contains characters that are not allowed.",
      efpError_query_too_short: "Type at least {0} characters of the company name or the SIRET.",
      efpError_query_too_long: "The search is longer than {0} characters: type the company name or the SIRET only.",
      efpError_query_too_vague: 'Make the search more precise: words such as "de", "la" or "et" are not enough to find a company.',
      efpError_invalid_siret: "A SIRET has 14 digits and a SIREN 9: the search has {0}.",
    },
  })
  .build();

type I18n = typeof ofTypeI18n;

/** keycloakify's i18n, with plain texts rendered without its HTML sanitizer (plainMsg.ts). */
function useI18n(params: Parameters<typeof useKeycloakifyI18n>[0]): { i18n: I18n } {
  const { i18n } = useKeycloakifyI18n(params);
  return { i18n: withPlainMessages(i18n) };
}

export { useI18n, type I18n };
