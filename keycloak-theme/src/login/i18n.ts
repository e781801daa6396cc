import { i18nBuilder } from "keycloakify/login";
import type { ThemeName } from "../kc.gen";

/**
 * Every string our pages add to Keycloak's own messages. French is the reference text;
 * keys are prefixed `efp` so they never shadow a Keycloak key by accident.
 */
const { useI18n, ofTypeI18n } = i18nBuilder
  .withThemeName<ThemeName>()
  .withCustomTranslations({
    fr: {
      efpServiceTitle: "EFP Connect",
      efpServiceTagline: "Accès unique aux services numériques de l'emploi et de la formation professionnelle",
      efpHomeLinkTitle: "Accueil - EFP Connect",
      efpFooterDescription:
        "EFP Connect est le service d'identification unique des services numériques de l'emploi et de la formation professionnelle du ministère du Travail.",
      efpSkipToContent: "Contenu",
      efpSkipToFooter: "Pied de page",
      efpErrorTitlePrefix: "Erreur",
      efpLoginTitle: "Je m'identifie avec mon compte EFP Connect",
      efpLoginDocumentTitle: "Connexion - EFP Connect",
      efpRequiredFieldsNotice: "Sauf mention contraire, tous les champs sont obligatoires.",
      efpUsernameLabel: "Identifiant (e-mail professionnel)",
      efpForgotPassword: "Mot de passe oublié ?",
      efpDoLogIn: "Se connecter",
      efpNoAccountTitle: "Vous n'avez pas de compte ?",
      efpCreateAccount: "Je crée mon compte EFP Connect",
      efpOr: "ou",
      efpRestartLogin: "Changer d'identifiant",
      efpCaptchaLegend: "Je ne suis pas un robot",
      efpCaptchaHint: "Pour afficher un nouveau code ou écouter le code, utilisez les boutons situés à côté de l'image",
      efpCaptchaImageAlt: "Code de sécurité : image déformée de lettres et de chiffres. Utilisez « Écouter le code » si vous ne pouvez pas la lire.",
      efpCaptchaRefresh: "Afficher un nouveau code",
      efpCaptchaListen: "Écouter le code",
      efpCaptchaAnswerLabel: "Recopiez le code de sécurité (composé de chiffres et de lettres)",
      efpCaptchaInvalid: "Le code de sécurité est incorrect ou a expiré. Recopiez le nouveau code.",
      efpCaptchaUnavailable: "Le code de sécurité ne peut pas être affiché pour le moment. Réessayez dans quelques instants.",
      efpPasswordTooCommon: "Ce mot de passe fait partie des mots de passe les plus courants : choisissez-en un autre.",
      // Keycloak's own key, reworded to match our "Identifiant" label; Keycloak reads it server-side.
      invalidUserMessage: "Identifiant ou mot de passe incorrect."
    },
    en: {
      efpServiceTitle: "EFP Connect",
      efpServiceTagline: "Single sign-on to the employment and vocational training digital services",
      efpHomeLinkTitle: "Home - EFP Connect",
      efpFooterDescription:
        "EFP Connect is the single sign-on service of the employment and vocational training digital services of the French Ministry of Labour.",
      efpSkipToContent: "Content",
      efpSkipToFooter: "Footer",
      efpErrorTitlePrefix: "Error",
      efpLoginTitle: "I sign in with my EFP Connect account",
      efpLoginDocumentTitle: "Sign in - EFP Connect",
      efpRequiredFieldsNotice: "Unless stated otherwise, all fields are required.",
      efpUsernameLabel: "Username (work email)",
      efpForgotPassword: "Forgot your password?",
      efpDoLogIn: "Sign in",
      efpNoAccountTitle: "You don't have an account?",
      efpCreateAccount: "I create my EFP Connect account",
      efpOr: "or",
      efpRestartLogin: "Use another username",
      efpCaptchaLegend: "I am not a robot",
      efpCaptchaHint: "To show a new code or listen to the code, use the buttons next to the image",
      efpCaptchaImageAlt: "Security code: distorted image of letters and digits. Use “Listen to the code” if you cannot read it.",
      efpCaptchaRefresh: "Show a new code",
      efpCaptchaListen: "Listen to the code",
      efpCaptchaAnswerLabel: "Type the security code (letters and digits)",
      efpCaptchaInvalid: "The security code is wrong or has expired. Type the new code.",
      efpCaptchaUnavailable: "The security code cannot be shown right now. Please try again in a few moments.",
      efpPasswordTooCommon: "This password is one of the most common ones: choose another one.",
      invalidUserMessage: "Incorrect username or password."
    }
  })
  .build();

type I18n = typeof ofTypeI18n;

export { useI18n, type I18n };
