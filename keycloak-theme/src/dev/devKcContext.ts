import { createGetKcContextMock } from "keycloakify/login/KcContext";
import type { KcContext, KcContextExtension, KcContextExtensionPerPage } from "../login/KcContext";
import { kcEnvDefaults, themeNames } from "../kc.gen";

/**
 * Development only (main.tsx loads it under `vite dev`, never in the jar): a kcContext for any
 * page, chosen in the URL, so pages the server cannot show yet can be looked at and tested.
 *
 *   /?page=efp-email-code.ftl&purpose=reset-password&error=code&resend=30
 *   /?page=login.ftl&captcha=1&error=captcha&lang=en&notice=Texte
 *
 * `error=<field>` gives that field the server's error; `message=error|info|success` a global one.
 */
const captchaImage =
  "data:image/svg+xml," +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80"><rect width="240" height="80" fill="#f6f6f6"/><path d="M5 60 C60 10 120 70 235 20" stroke="#666" fill="none"/><text x="28" y="55" font-family="monospace" font-size="40" transform="rotate(-4 120 40)" fill="#161616">A7K2PX</text></svg>`,
  );

const { getKcContextMock } = createGetKcContextMock({
  kcContextExtension: { themeName: themeNames[0], properties: { ...kcEnvDefaults } } satisfies KcContextExtension,
  kcContextExtensionPerPage: {} as KcContextExtensionPerPage,
  overrides: {
    realm: { name: "efp", displayName: "EFP Connect", internationalizationEnabled: true, registrationEmailAsUsername: true },
  },
});

const fieldErrorText: Record<string, string> = {
  captcha_answer: "Le code de sécurité est incorrect ou a expiré. Recopiez le nouveau code.",
  code: "Code incorrect. Il vous reste 2 essai(s).",
  password: "Mot de passe invalide : longueur minimale 12.",
  "password-confirm": "La confirmation du mot de passe ne correspond pas.",
  email: "Adresse électronique invalide.",
  username: "Veuillez indiquer votre adresse électronique.",
  firstName: "Veuillez indiquer votre prénom.",
  lastName: "Veuillez indiquer votre nom.",
};

export function getDevKcContext(params: URLSearchParams): KcContext {
  const pageId = (params.get("page") ?? "login.ftl") as KcContext["pageId"];
  const lang = params.get("lang") ?? "fr";
  const errorFields = params.getAll("error");
  const messageType = params.get("message") as "error" | "info" | "success" | "warning" | null;
  const captcha = params.get("captcha")
    ? { id: "dev-challenge", imageUrl: captchaImage, audioUrl: "data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA=" }
    : undefined;

  const kcContext = getKcContextMock({
    pageId,
    overrides: {
      locale: {
        currentLanguageTag: lang,
        supported: [
          { languageTag: "fr", label: "Français", url: "?lang=fr&" + params.toString() },
          { languageTag: "en", label: "English", url: "?lang=en&" + params.toString() },
        ],
      },
      properties: { EFP_NOTICE: params.get("notice") ?? "", ...(params.get("ministry") ? { EFP_MINISTRY_NAME: params.get("ministry")! } : {}) },
      ...(messageType ? { message: { type: messageType, summary: params.get("summary") ?? "Message global du serveur." } } : {}),
    } as never,
  }) as KcContext & { captcha?: unknown; emailCode?: unknown };

  if (errorFields.length > 0) {
    const summary = errorFields.map((field) => fieldErrorText[field] ?? "Erreur").join(" ");
    kcContext.message = { type: "error", summary };
    kcContext.messagesPerField = {
      ...kcContext.messagesPerField,
      existsError: (...fields: string[]) => fields.some((field) => errorFields.includes(field)),
      get: (field: string) => (errorFields.includes(field) ? (fieldErrorText[field] ?? "Erreur") : ""),
      exists: (field: string) => errorFields.includes(field),
      getFirstError: (...fields: string[]) => fieldErrorText[fields.find((field) => errorFields.includes(field)) ?? ""] ?? "",
    };
  }
  if (captcha) kcContext.captcha = captcha;
  if (pageId === "efp-email-code.ftl") {
    kcContext.emailCode = {
      email: "m***@exemple.fr",
      codeLength: 6,
      validityMinutes: 10,
      attemptsLeft: 2,
      resendInSeconds: Number(params.get("resend") ?? "0"),
      purpose: params.get("purpose") === "reset-password" ? "reset-password" : "registration",
    };
  }
  if (kcContext.pageId === "register.ftl" || kcContext.pageId === "login-update-profile.ftl" || kcContext.pageId === "update-email.ftl") {
    delete kcContext.profile.attributesByName.username;
  }
  return kcContext;
}
