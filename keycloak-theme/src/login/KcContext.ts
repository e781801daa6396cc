import type { ExtendKcContext } from "keycloakify/login";
import type { KcEnvName, ThemeName } from "../kc.gen";
import type { CaptchaContext } from "./components/Captcha";

export type KcContextExtension = {
  themeName: ThemeName;
  properties: Record<KcEnvName, string>;
};

/** Set by keycloak-extension's CAPTCHA steps (CaptchaFormBean); absent when none is configured. */
type WithCaptcha = { captcha?: CaptchaContext };

export type KcContextExtensionPerPage = {
  "login.ftl": WithCaptcha;
  "register.ftl": WithCaptcha;
  "login-reset-password.ftl": WithCaptcha;
};

export type KcContext = ExtendKcContext<KcContextExtension, KcContextExtensionPerPage>;
