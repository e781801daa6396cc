import { en } from "./en";
import { fr, type MessageKey } from "./fr";

export type { MessageKey };

export const languages = { fr: "Français", en: "English" } as const;
export type Lang = keyof typeof languages;

const messages: Record<Lang, Record<MessageKey, string>> = { fr, en };

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && Object.hasOwn(languages, value);
}

/** A message with `{0}`, `{1}`… replaced by the arguments; a placeholder without one stays. */
export function format(lang: Lang, key: MessageKey, ...args: (string | number)[]): string {
  return messages[lang][key].replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}
