import { fr } from "@codegouvfr/react-dsfr";
import type { LoginTexts } from "../KcContext";
import type { I18n } from "../i18n";

/** A realm-config text in the page's language, French when that language has none. */
export function loginTextOf(texts: LoginTexts | undefined, name: keyof LoginTexts, language: string): string | undefined {
  const byLanguage = texts?.[name];
  return byLanguage?.[language] ?? byLanguage?.fr ?? undefined;
}

type Props = { texts: LoginTexts | undefined; resetUrl: string | undefined; guideUrl: string | undefined; i18n: I18n };

/**
 * The seed's words on the login page, as realm-config gives them (realm.yaml loginPage): to
 * people of the former portal (no new account; the password to reset once, with the link) and
 * to agents (their prefix, with the link to their guide). Rendered as text.
 */
export function LoginNotices({ texts, resetUrl, guideUrl, i18n }: Props) {
  const { msg, currentLanguage } = i18n;
  const language = currentLanguage.languageTag;
  const formerPortal = loginTextOf(texts, "formerPortal", language);
  const passwordReset = loginTextOf(texts, "passwordReset", language);
  const agents = loginTextOf(texts, "agents", language);
  if (!formerPortal && !passwordReset && !agents) return null;

  return (
    <section id="efp-login-notices" className={fr.cx("fr-mt-4w")} aria-labelledby="efp-login-notices-title">
      <hr />
      <h2 id="efp-login-notices-title" className={fr.cx("fr-h5")}>
        {msg("efpLoginNoticesTitle")}
      </h2>
      {(formerPortal || passwordReset) && (
        <div id="efp-login-former-portal" className={fr.cx("fr-mb-3w")}>
          {formerPortal && <p className={fr.cx("fr-mb-1w")}>{formerPortal}</p>}
          {passwordReset && <p className={fr.cx("fr-mb-1w")}>{passwordReset}</p>}
          {passwordReset && resetUrl && (
            <p>
              <a id="efp-login-reset-link" className={fr.cx("fr-link")} href={resetUrl}>
                {msg("efpLoginResetLink")}
              </a>
            </p>
          )}
        </div>
      )}
      {agents && (
        <div id="efp-login-agents">
          <p className={fr.cx("fr-mb-1w")}>{agents}</p>
          {guideUrl && (
            <p>
              <a id="efp-login-agents-guide" className={fr.cx("fr-link")} href={guideUrl}>
                {msg("efpAgentsGuideLink")}
              </a>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
