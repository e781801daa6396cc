import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";

/**
 * Every text of Mon compte, French (the reference) and English. `{0}`, `{1}`… are replaced by
 * the arguments, as text: React escapes them like any other string. Messages of the efp-access
 * API arrive in French whatever the language here (they are the server's words).
 */
const fr = {
  // Layout
  serviceTagline: "Mon compte",
  homeLinkTitle: "Accueil - {0}",
  documentTitle: "{0} - Mon compte - {1}",
  skipLinksLabel: "Accès rapide",
  skipToContent: "Contenu",
  skipToFooter: "Pied de page",
  navAccount: "Mon compte",
  navApplications: "Mes applications",
  navRequests: "Mes demandes",
  navProfile: "Mon profil",
  navAccess: "Gestion des accès",
  navAccessPending: "Gestion des accès ({0})",
  logout: "Se déconnecter",
  footerDescription:
    "{0} est le service d'identification unique des services numériques de l'emploi et de la formation professionnelle du ministère du Travail.",
  signingIn: "Connexion à votre compte…",
  loading: "Chargement…",
  errorGeneric: "Le service ne répond pas. Réessayez dans quelques instants.",
  errorSignIn: "La connexion à votre compte a échoué. Rechargez la page pour réessayer.",
  retry: "Réessayer",
  charterOwedTitle: "Charte du responsable des accès à accepter",
  charterOwedLink: "Lire et accepter la charte",
  cancel: "Annuler",
  save: "Enregistrer",
  siret: "SIRET : {0}",
  rolesLabel: "Rôles :",
  accessManager: "Responsable des accès",
  thirdParty: "Tiers",
  until: "Jusqu'au {0}",
  persons_one: "{0} personne",
  persons_other: "{0} personnes",

  // Mes applications
  applicationsTitle: "Mes applications",
  applicationsIntro: "Les services numériques auxquels vous avez accès, établissement par établissement, avec vos rôles.",
  applicationsEmpty:
    "Vous n'avez encore accès à aucun service numérique. Pour demander un accès, ouvrez le service : EFP Connect vous proposera d'envoyer une demande aux responsables des accès de votre établissement.",
  openApplication: "Ouvrir {0}",
  companiesOf: "Établissements pour lesquels vous accédez à {0}",
  manageAccess: "Gérer les accès",
  manageAccessOf: "Gérer les accès à {0} pour {1}",

  // Mes demandes
  requestsTitle: "Mes demandes d'accès",
  requestsIntro: "Vos demandes d'accès aux services numériques et leur suite. Une demande en attente peut être annulée.",
  requestsEmpty: "Vous n'avez fait aucune demande d'accès.",
  requestsCaption: "Mes demandes d'accès",
  colApplication: "Service numérique",
  colCompany: "Établissement",
  colDate: "Demandée le",
  colStatus: "Statut",
  colAction: "Action",
  status_PENDING: "En attente",
  status_APPROVED: "Acceptée",
  status_REFUSED: "Refusée",
  status_CANCELLED: "Annulée",
  decidedOn: "le {0}",
  reason: "Motif : {0}",
  cancelRequest: "Annuler la demande",
  cancelRequestOf: "Annuler la demande d'accès à {0} pour {1}",
  cancelQuestion: "Annuler votre demande d'accès à {0} pour {1} ?",
  cancelConfirm: "Confirmer l'annulation",
  cancelKeep: "Ne pas annuler",
  cancelled: "Votre demande d'accès à {0} pour {1} a été annulée.",

  // Mon profil
  profileTitle: "Mon profil",
  firstName: "Prénom",
  lastName: "Nom",
  email: "Adresse électronique",
  accountKind: "Type de compte",
  kindProfessional: "Usager professionnel",
  kindAgent: "Agent du ministère",
  agentReadOnly:
    "Vos informations viennent de votre compte ministériel (identifiants Windows de votre structure) : elles ne se modifient pas dans {0}. Pour les corriger, adressez-vous au service informatique de votre structure.",
  professionalEdit: "Vous pouvez corriger vos nom et prénom, et changer votre mot de passe. Votre adresse électronique est votre identifiant.",
  editProfile: "Modifier mes informations",
  changePassword: "Changer mon mot de passe",
  profileUpdated: "Vos informations ont été mises à jour.",
  passwordUpdated: "Votre mot de passe a été changé.",

  // Gestion des accès
  accessTitle: "Gestion des accès",
  accessIntro: "Vous êtes responsable des accès : vous décidez qui, dans votre établissement ou hors de lui, accède au service numérique.",
  accessNone: "Vous n'êtes responsable des accès d'aucun service numérique.",
  accessPick: "Service numérique et établissement",
  accessPair: "{0} – {1} (SIRET {2})",
  accessPairPending: "{0} – {1} (SIRET {2}) – {3} en attente",
  accessShow: "Afficher",
  tabsLabel: "Gestion des accès à {0} pour {1}",
  tabUsers: "Utilisateurs",
  tabRequests: "Demandes d'accès",
  tabRequestsCount: "Demandes d'accès ({0})",
  tabInvitations: "Invitations",

  // Utilisateurs
  habilitatedTitle: "Personnes habilitées pour mon entreprise",
  countsCaption: "Nombre de personnes par rôle",
  colRole: "Rôle",
  colCount: "Nombre de personnes",
  searchLegend: "Rechercher parmi les personnes habilitées",
  searchLabel: "Rechercher",
  searchHint: "Nom, prénom ou adresse électronique",
  roleFilter: "Accès en tant que",
  allRoles: "Tous les rôles",
  searchButton: "Rechercher",
  searchReset: "Tout afficher",
  usersCount_one: "{0} personne a accès à {1}",
  usersCount_other: "{0} personnes ont accès à {1}",
  usersFound_one: "{0} personne correspond à la recherche",
  usersFound_other: "{0} personnes correspondent à la recherche",
  usersNone: "Aucune personne ne correspond à la recherche.",
  grantMember: "Donner un accès à un collaborateur",
  grantThirdParty: "Déléguer une habilitation à un tiers",
  grantEmail: "Adresse électronique de la personne",
  grantEmailHint: "La personne doit déjà avoir un compte {0}. Format attendu : nom@domaine.fr",
  grantEmailRequired: "Indiquez l'adresse électronique de la personne.",
  grantEmailInvalid: "Adresse électronique invalide. Format attendu : nom@domaine.fr",
  rolesLegend: "Rôles",
  rolesLegendFor: "Rôles de {0}",
  rolesHint: "Cochez au moins un rôle, ou nommez la personne responsable des accès.",
  rolesRequired: "Cochez au moins un rôle, ou nommez la personne responsable des accès.",
  accessManagerOption: "Responsable des accès",
  accessManagerHint: "Elle pourra accepter les demandes et gérer les accès de l'établissement à ce service numérique.",
  kindLegend: "Lien avec l'établissement",
  kindMember: "Collaborateur de l'établissement",
  kindThirdParty: "Tiers (personne extérieure à l'établissement)",
  expiresLabel: "Fin de l'habilitation (facultatif)",
  expiresHint: "Le dernier jour d'accès. Sans date, l'accès dure jusqu'à son retrait.",
  grantSubmit: "Donner l'accès",
  granted: "{0} a maintenant accès à {1}.",
  edit: "Modifier",
  editOf: "Modifier l'accès de {0}",
  updated: "L'accès de {0} a été modifié.",
  revoke: "Retirer l'accès",
  revokeOf: "Retirer l'accès de {0}",
  revokeQuestion: "Retirer à {0} l'accès à {1} pour {2} ?",
  revokeConfirm: "Confirmer le retrait",
  revoked: "L'accès de {0} a été retiré.",
  pageOf: "Page {0} sur {1}",
  previousPage: "Page précédente",
  nextPage: "Page suivante",
  paginationLabel: "Pagination des personnes habilitées",

  // Demandes d'accès
  pending_one: "{0} demande en attente",
  pending_other: "{0} demandes en attente",
  requestFor: "Demande d'accès pour :",
  receivedOn: "Reçue le {0}",
  requesterMessage: "Message du demandeur :",
  approve: "Accepter la demande",
  approveOf: "Accepter la demande de {0}",
  refuse: "Refuser la demande",
  refuseOf: "Refuser la demande de {0}",
  refuseReason: "Motif du refus",
  refuseReasonHint: "Il est envoyé par courriel à {0}.",
  refuseReasonRequired: "Indiquez le motif du refus : il est transmis au demandeur.",
  refuseConfirm: "Confirmer le refus",
  approved: "La demande de {0} est acceptée : {0} a maintenant accès à {1}.",
  refused: "La demande de {0} est refusée ; {0} en est informé par courriel.",

  // Gestion des accès, application admins: every company of the application
  finderTitle: "Établissements de mon application",
  finderApplication: "Service numérique",
  finderSearch: "Raison sociale ou SIRET",
  finderSearchOf: "Établissement de {0} : raison sociale ou SIRET",
  finderHint: "Les établissements où une personne a accès ou a demandé l'accès.",
  finderCount_one: "{0} établissement pour {1}",
  finderCount_other: "{0} établissements pour {1}",
  finderShown: "Établissements {0} à {1} sur {2}",
  finderPending_one: "{0} demande en attente",
  finderPending_other: "{0} demandes en attente",
  finderPrevious: "Établissements précédents",
  finderNext: "Établissements suivants",
  accessIntroAdmin: "Vous administrez un service numérique : vous gérez les accès de tous ses établissements.",

  // Invitations (gestion des accès)
  inviteTitle: "Inviter une personne par courriel",
  inviteIntro:
    "La personne reçoit par courriel un lien valable 7 jours. Si elle n'a pas encore de compte {0}, elle le crée en suivant ce lien et arrive avec l'accès.",
  inviteEmailHint: "Elle n'a pas besoin d'avoir déjà un compte {0}. Format attendu : nom@domaine.fr",
  inviteSubmit: "Envoyer l'invitation",
  invited: "Invitation envoyée à {0}. Le lien est valable jusqu'au {1}.",
  invitationsPending_one: "{0} invitation en attente",
  invitationsPending_other: "{0} invitations en attente",
  invitedBy: "Invitée par {0}",
  sentOn: "Envoyée le {0}",
  validUntil: "Lien valable jusqu'au {0}",
  expiredOn: "Lien expiré le {0} : renvoyez l'invitation pour en envoyer un nouveau.",
  expired: "Expirée",
  resend: "Renvoyer",
  resendOf: "Renvoyer l'invitation de {0}",
  resent: "Invitation renvoyée à {0} : le lien précédent ne fonctionne plus, le nouveau est valable jusqu'au {1}.",
  cancelInvitation: "Annuler l'invitation",
  cancelInvitationOf: "Annuler l'invitation de {0}",
  cancelInvitationQuestion: "Annuler l'invitation de {0} ? Le lien reçu par courriel ne fonctionnera plus.",
  invitationCancelled: "L'invitation de {0} est annulée : son lien ne fonctionne plus.",

  // Invitation reçue
  invitationTitle: "Invitation",
  invitationWelcomeTitle: "Vous avez reçu une invitation",
  invitationWelcomeIntro: "Un responsable des accès vous invite à utiliser un service numérique avec {0}.",
  invitationWelcomeAddress:
    "Pour l'accepter, connectez-vous avec le compte de l'adresse {0}. Si vous n'avez pas encore de compte, créez-le avec cette adresse : vous reviendrez ici avec l'accès.",
  invitationWelcomeNoAddress:
    "Pour l'accepter, connectez-vous avec le compte de l'adresse à laquelle vous avez reçu l'invitation. Si vous n'avez pas encore de compte, créez-le avec cette adresse.",
  invitationRegister: "Créer mon compte",
  invitationLogin: "J'ai déjà un compte : me connecter",
  invitationNoLink: "Ce lien d'invitation est incomplet : ouvrez le lien complet reçu par courriel.",
  invitationAccepting: "Acceptation de l'invitation…",
  invitationAcceptedTitle: "Invitation acceptée",
  invitationAccepted: "Vous avez maintenant accès à {0} pour {1} (SIRET {2}).",
  invitationAcceptedRoles: "Vos rôles : {0}.",
  invitationAcceptedManager:
    "Vous êtes responsable des accès de ce service numérique pour cet établissement : à votre prochaine connexion, la charte du responsable des accès vous sera présentée.",
  invitationAcceptedThirdParty: "Vous y accédez en tant que tiers.",
  invitationMyApplications: "Voir mes applications",
  invitationFailedTitle: "L'invitation n'a pas pu être acceptée",
  invitationSwitchAccount: "Me déconnecter pour utiliser un autre compte"
};

export type MessageKey = keyof typeof fr;

const en: Record<MessageKey, string> = {
  serviceTagline: "My account",
  homeLinkTitle: "Home - {0}",
  documentTitle: "{0} - My account - {1}",
  skipLinksLabel: "Quick access",
  skipToContent: "Content",
  skipToFooter: "Footer",
  navAccount: "My account",
  navApplications: "My applications",
  navRequests: "My requests",
  navProfile: "My profile",
  navAccess: "Access management",
  navAccessPending: "Access management ({0})",
  logout: "Log out",
  footerDescription: "{0} is the single sign-on of the employment and vocational training digital services of the French ministry of Labour.",
  signingIn: "Signing you in…",
  loading: "Loading…",
  errorGeneric: "The service does not answer. Try again in a moment.",
  errorSignIn: "Signing in to your account failed. Reload the page to try again.",
  retry: "Try again",
  charterOwedTitle: "Access manager charter to accept",
  charterOwedLink: "Read and accept the charter",
  cancel: "Cancel",
  save: "Save",
  siret: "SIRET: {0}",
  rolesLabel: "Roles:",
  accessManager: "Access manager",
  thirdParty: "Third party",
  until: "Until {0}",
  persons_one: "{0} person",
  persons_other: "{0} people",

  applicationsTitle: "My applications",
  applicationsIntro: "The digital services you have access to, establishment by establishment, with your roles.",
  applicationsEmpty:
    "You do not have access to any digital service yet. To ask for access, open the service: EFP Connect will offer to send a request to the access managers of your establishment.",
  openApplication: "Open {0}",
  companiesOf: "Establishments for which you use {0}",
  manageAccess: "Manage access",
  manageAccessOf: "Manage access to {0} for {1}",

  requestsTitle: "My access requests",
  requestsIntro: "Your requests for access to digital services and what became of them. A pending request can be cancelled.",
  requestsEmpty: "You have not made any access request.",
  requestsCaption: "My access requests",
  colApplication: "Digital service",
  colCompany: "Establishment",
  colDate: "Requested on",
  colStatus: "Status",
  colAction: "Action",
  status_PENDING: "Pending",
  status_APPROVED: "Approved",
  status_REFUSED: "Refused",
  status_CANCELLED: "Cancelled",
  decidedOn: "on {0}",
  reason: "Reason: {0}",
  cancelRequest: "Cancel the request",
  cancelRequestOf: "Cancel the request for access to {0} for {1}",
  cancelQuestion: "Cancel your request for access to {0} for {1}?",
  cancelConfirm: "Confirm cancellation",
  cancelKeep: "Keep it",
  cancelled: "Your request for access to {0} for {1} has been cancelled.",

  profileTitle: "My profile",
  firstName: "First name",
  lastName: "Last name",
  email: "Email address",
  accountKind: "Account type",
  kindProfessional: "Professional user",
  kindAgent: "Ministry agent",
  agentReadOnly:
    "Your details come from your ministry account (the Windows credentials of your structure): they cannot be changed in {0}. To correct them, contact the IT department of your structure.",
  professionalEdit: "You can correct your first and last names and change your password. Your email address is your username.",
  editProfile: "Edit my details",
  changePassword: "Change my password",
  profileUpdated: "Your details have been updated.",
  passwordUpdated: "Your password has been changed.",

  accessTitle: "Access management",
  accessIntro: "You are an access manager: you decide who, inside your establishment or outside it, uses the digital service.",
  accessNone: "You are not the access manager of any digital service.",
  accessPick: "Digital service and establishment",
  accessPair: "{0} – {1} (SIRET {2})",
  accessPairPending: "{0} – {1} (SIRET {2}) – {3} pending",
  accessShow: "Show",
  tabsLabel: "Access management of {0} for {1}",
  tabUsers: "Users",
  tabRequests: "Access requests",
  tabRequestsCount: "Access requests ({0})",
  tabInvitations: "Invitations",

  habilitatedTitle: "People with access for my company",
  countsCaption: "Number of people per role",
  colRole: "Role",
  colCount: "Number of people",
  searchLegend: "Search the people with access",
  searchLabel: "Search",
  searchHint: "First name, last name or email address",
  roleFilter: "Access as",
  allRoles: "All roles",
  searchButton: "Search",
  searchReset: "Show all",
  usersCount_one: "{0} person has access to {1}",
  usersCount_other: "{0} people have access to {1}",
  usersFound_one: "{0} person matches the search",
  usersFound_other: "{0} people match the search",
  usersNone: "Nobody matches the search.",
  grantMember: "Give access to a colleague",
  grantThirdParty: "Delegate access to a third party",
  grantEmail: "Email address of the person",
  grantEmailHint: "The person must already have a {0} account. Expected format: name@domain.fr",
  grantEmailRequired: "Enter the email address of the person.",
  grantEmailInvalid: "Invalid email address. Expected format: name@domain.fr",
  rolesLegend: "Roles",
  rolesLegendFor: "Roles of {0}",
  rolesHint: "Tick at least one role, or make the person an access manager.",
  rolesRequired: "Tick at least one role, or make the person an access manager.",
  accessManagerOption: "Access manager",
  accessManagerHint: "They will be able to approve requests and manage the establishment's access to this digital service.",
  kindLegend: "Relationship with the establishment",
  kindMember: "Employee of the establishment",
  kindThirdParty: "Third party (someone outside the establishment)",
  expiresLabel: "End of access (optional)",
  expiresHint: "The last day of access. Without a date, access lasts until it is withdrawn.",
  grantSubmit: "Give access",
  granted: "{0} now has access to {1}.",
  edit: "Edit",
  editOf: "Edit the access of {0}",
  updated: "The access of {0} has been changed.",
  revoke: "Withdraw access",
  revokeOf: "Withdraw the access of {0}",
  revokeQuestion: "Withdraw {0}'s access to {1} for {2}?",
  revokeConfirm: "Confirm withdrawal",
  revoked: "The access of {0} has been withdrawn.",
  pageOf: "Page {0} of {1}",
  previousPage: "Previous page",
  nextPage: "Next page",
  paginationLabel: "Pages of people with access",

  pending_one: "{0} pending request",
  pending_other: "{0} pending requests",
  requestFor: "Access requested for:",
  receivedOn: "Received on {0}",
  requesterMessage: "Message from the requester:",
  approve: "Approve the request",
  approveOf: "Approve the request of {0}",
  refuse: "Refuse the request",
  refuseOf: "Refuse the request of {0}",
  refuseReason: "Reason for refusal",
  refuseReasonHint: "It is emailed to {0}.",
  refuseReasonRequired: "Enter the reason for the refusal: it is sent to the requester.",
  refuseConfirm: "Confirm refusal",
  approved: "The request of {0} is approved: {0} now has access to {1}.",
  refused: "The request of {0} is refused; {0} is told by email.",

  finderTitle: "Establishments of my application",
  finderApplication: "Digital service",
  finderSearch: "Company name or SIRET",
  finderSearchOf: "Establishment of {0}: company name or SIRET",
  finderHint: "The establishments where someone has or has asked for access.",
  finderCount_one: "{0} establishment for {1}",
  finderCount_other: "{0} establishments for {1}",
  finderShown: "Establishments {0} to {1} of {2}",
  finderPending_one: "{0} pending request",
  finderPending_other: "{0} pending requests",
  finderPrevious: "Previous establishments",
  finderNext: "Next establishments",
  accessIntroAdmin: "You administer a digital service: you manage access for all its establishments.",

  inviteTitle: "Invite someone by email",
  inviteIntro: "The person receives by email a link valid for 7 days. Without a {0} account yet, they create it by following the link and arrive with the access.",
  inviteEmailHint: "They do not need a {0} account yet. Expected format: name@domain.fr",
  inviteSubmit: "Send the invitation",
  invited: "Invitation sent to {0}. The link is valid until {1}.",
  invitationsPending_one: "{0} pending invitation",
  invitationsPending_other: "{0} pending invitations",
  invitedBy: "Invited by {0}",
  sentOn: "Sent on {0}",
  validUntil: "Link valid until {0}",
  expiredOn: "Link expired on {0}: resend the invitation to send a new one.",
  expired: "Expired",
  resend: "Resend",
  resendOf: "Resend the invitation of {0}",
  resent: "Invitation resent to {0}: the previous link no longer works, the new one is valid until {1}.",
  cancelInvitation: "Cancel the invitation",
  cancelInvitationOf: "Cancel the invitation of {0}",
  cancelInvitationQuestion: "Cancel the invitation of {0}? The link they received will no longer work.",
  invitationCancelled: "The invitation of {0} is cancelled: its link no longer works.",

  invitationTitle: "Invitation",
  invitationWelcomeTitle: "You have received an invitation",
  invitationWelcomeIntro: "An access manager invites you to use a digital service with {0}.",
  invitationWelcomeAddress:
    "To accept it, sign in with the account of the address {0}. If you do not have an account yet, create it with this address: you will come back here with the access.",
  invitationWelcomeNoAddress:
    "To accept it, sign in with the account of the address the invitation was sent to. If you do not have an account yet, create it with this address.",
  invitationRegister: "Create my account",
  invitationLogin: "I already have an account: sign in",
  invitationNoLink: "This invitation link is incomplete: open the whole link received by email.",
  invitationAccepting: "Accepting the invitation…",
  invitationAcceptedTitle: "Invitation accepted",
  invitationAccepted: "You now have access to {0} for {1} (SIRET {2}).",
  invitationAcceptedRoles: "Your roles: {0}.",
  invitationAcceptedManager:
    "You are an access manager of this digital service for this establishment: the next time you sign in, the access manager charter will be shown to you.",
  invitationAcceptedThirdParty: "You use it as a third party.",
  invitationMyApplications: "See my applications",
  invitationFailedTitle: "The invitation could not be accepted",
  invitationSwitchAccount: "Sign out to use another account"
};

export const languages = { fr: "Français", en: "English" } as const;
export type Lang = keyof typeof languages;

const messages: Record<Lang, Record<MessageKey, string>> = { fr, en };

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && value in languages;
}

export function format(lang: Lang, key: MessageKey, ...args: (string | number)[]): string {
  return messages[lang][key].replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

type PluralKey<K extends string> = K extends `${infer Base}_one` ? Base : never;

export type I18n = {
  lang: Lang;
  t: (key: MessageKey, ...args: (string | number)[]) => string;
  /** `{0}` is the count; French counts 0 and 1 as singular. */
  plural: (key: PluralKey<MessageKey>, count: number, ...args: (string | number)[]) => string;
  date: (iso: string | null | undefined) => string;
};

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const t = useCallback((key: MessageKey, ...args: (string | number)[]) => format(lang, key, ...args), [lang]);
  const value = useMemo<I18n>(() => {
    const dates = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", { day: "2-digit", month: "2-digit", year: "numeric" });
    return {
      lang,
      t,
      plural: (key, count, ...args) => {
        const one = new Intl.PluralRules(lang).select(count) === "one";
        return t(`${key}_${one ? "one" : "other"}` as MessageKey, count, ...args);
      },
      date: (iso) => (iso ? dates.format(new Date(iso)) : "")
    };
  }, [lang, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === undefined) throw new Error("useI18n outside I18nProvider");
  return i18n;
}
