import { isValidElement, type ReactElement } from "react";
import { isPlainText, withPlainMessages } from "./plainMsg";

test("a text is plain when it has no markup and no entity", () => {
  expect(isPlainText("Je me connecte à l'espace « EFP Connect » > 2")).toBe(true);
  expect(isPlainText("Lisez la <a href='/charte'>charte</a>")).toBe(false);
  expect(isPlainText("Emploi &amp; formation")).toBe(false);
});

test("plain texts skip the sanitizer and render as text in keycloakify's span; others still go through it", () => {
  const sanitized: string[] = [];
  const texts: Record<string, string> = { plain: "Se connecter", html: "Lisez la <strong>charte</strong>", withArg: "Bonjour {0}" };
  const format = (key: string, ...args: (string | undefined)[]) => (texts[key] ?? key).replace("{0}", args[0] ?? "");
  const html = (key: string, ...args: (string | undefined)[]) => {
    sanitized.push(key);
    return { type: "span", props: { dangerouslySetInnerHTML: { __html: format(key, ...args) } } } as unknown as ReactElement;
  };
  const i18n = { msg: html, msgStr: format, advancedMsg: html, advancedMsgStr: format, currentLanguage: { languageTag: "fr" } };
  const plain = withPlainMessages(i18n as never) as typeof i18n;

  const rendered = plain.msg("withArg", "<b>x</b>") as ReactElement<{ "data-kc-msg": string; children: string }>;
  // An argument brings markup: that text is not plain, the sanitizer gets it.
  expect(sanitized).toEqual(["withArg"]);
  const text = plain.msg("plain") as ReactElement<{ "data-kc-msg": string; children: string }>;
  expect(isValidElement(text)).toBe(true);
  expect([text.type, text.props["data-kc-msg"], text.props.children]).toEqual(["span", "plain", "Se connecter"]);
  plain.msg("html");
  plain.advancedMsg("html");
  expect(sanitized).toEqual(["withArg", "html", "html"]);
  expect(rendered).toBeDefined();
  // Everything else is keycloakify's, and the wrapped i18n is made once per i18n.
  expect(plain.currentLanguage).toBe(i18n.currentLanguage);
  expect(withPlainMessages(i18n as never)).toBe(plain);
});
