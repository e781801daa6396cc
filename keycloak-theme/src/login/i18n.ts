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
      invalidUserMessage: "Incorrect username or password."
    }
  })
  .build();

type I18n = typeof ofTypeI18n;

export { useI18n, type I18n };
