import { en } from "./en";
import { fr, type MessageKey } from "./fr";

export type { MessageKey };

export const languages = { fr: "Français", en: "English" } as const;
export type Lang = keyof typeof languages;

const messages: Record<Lang, Record<MessageKey, string>> = { fr, en };

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && Object.hasOwn(languages, value);
}

/**
 * French "de" before a name, elided before a vowel or an h: "d'Inès", "d'Hélène", "d'Yves",
 * "de Berthe". (A few names start with an aspirated h, "de Hugues" for some: rare enough that
 * the elision, which most write anyway, is kept for every h.)
 */
export function de(name: string): string {
  const trimmed = name.trim();
  return /^[aeiouyhàâäéèêëîïôöùûüÿæœ]/i.test(trimmed) ? `d'${trimmed}` : `de ${trimmed}`;
}

/**
 * A message with `{0}`, `{1}`… replaced by the arguments; a placeholder without one stays.
 * `{de:0}` (French messages) is "de" and the argument, elided as the argument asks (see de()).
 */
export function format(lang: Lang, key: MessageKey, ...args: (string | number)[]): string {
  return messages[lang][key].replace(/\{(de:)?(\d+)\}/g, (whole, elided: string | undefined, index: string) => {
    const value = args[Number(index)];
    if (value === undefined) return whole;
    return elided ? de(String(value)) : String(value);
  });
}

/** Whether `key` names a message (for keys built from data: an event type, an error code). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(fr, key);
}
