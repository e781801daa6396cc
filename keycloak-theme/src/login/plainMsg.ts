import { createElement, type JSX } from "react";

/**
 * keycloakify's `msg()` runs every message through its HTML sanitizer and renders it as HTML,
 * some 30 ms per login page for texts that are nearly all plain. A text without `<` or `&` has
 * no markup and no entity: it is rendered as text instead (React escapes it), in the same
 * `<span data-kc-msg>` keycloakify renders, so the page is the same; any other text still goes
 * through the sanitizer.
 */
export function isPlainText(text: string): boolean {
  return !/[<&]/.test(text);
}

/** What `withPlainMessages` uses of keycloakify's i18n (message keys loosened: it only passes them on). */
type Messages = {
  msg: (key: never, ...args: (string | undefined)[]) => JSX.Element;
  msgStr: (key: never, ...args: (string | undefined)[]) => string;
  advancedMsg: (key: string, ...args: (string | undefined)[]) => JSX.Element;
  advancedMsgStr: (key: string, ...args: (string | undefined)[]) => string;
};
type Loose = (key: string, ...args: (string | undefined)[]) => string & JSX.Element;

const cache = new WeakMap<object, object>();

/** The same i18n, whose `msg` and `advancedMsg` render plain texts without the sanitizer. */
export function withPlainMessages<I18n extends Messages>(i18n: I18n): I18n {
  const known = cache.get(i18n);
  if (known) return known as I18n;
  const { msg, msgStr, advancedMsg, advancedMsgStr } = i18n as unknown as Record<keyof Messages, Loose>;
  const plain = (text: string, key: string, html: () => JSX.Element) => (isPlainText(text) ? createElement("span", { "data-kc-msg": key }, text) : html());
  const result: I18n = {
    ...i18n,
    msg: (key: string, ...args: (string | undefined)[]) => plain(msgStr(key, ...args), key, () => msg(key, ...args)),
    advancedMsg: (key: string, ...args: (string | undefined)[]) => plain(advancedMsgStr(key, ...args), key, () => advancedMsg(key, ...args)),
  };
  cache.set(i18n, result);
  return result;
}
