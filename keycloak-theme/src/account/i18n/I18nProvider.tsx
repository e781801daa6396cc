import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";
import { format, type Lang, type MessageKey } from "./messages";

type PluralKey<K extends string> = K extends `${infer Base}_one` ? Base : never;

/** The texts of Mon compte in the page's language, for its components (useI18n). */
export type I18n = {
  lang: Lang;
  t: (key: MessageKey, ...args: (string | number)[]) => string;
  /** `{0}` is the count; French counts 0 and 1 as singular. */
  plural: (key: PluralKey<MessageKey>, count: number, ...args: (string | number)[]) => string;
  date: (iso: string | null | undefined) => string;
  /** Day and time, to the minute, in the browser's time zone. */
  dateTime: (iso: string | null | undefined) => string;
};

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const t = useCallback((key: MessageKey, ...args: (string | number)[]) => format(lang, key, ...args), [lang]);
  const value = useMemo<I18n>(() => {
    const locale = lang === "fr" ? "fr-FR" : "en-GB";
    const dates = new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric" });
    const times = new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });
    return {
      lang,
      t,
      plural: (key, count, ...args) => {
        const one = new Intl.PluralRules(lang).select(count) === "one";
        return t(`${key}_${one ? "one" : "other"}` as MessageKey, count, ...args);
      },
      date: (iso) => (iso ? dates.format(new Date(iso)) : ""),
      dateTime: (iso) => (iso ? times.format(new Date(iso)) : ""),
    };
  }, [lang, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === undefined) throw new Error("useI18n outside I18nProvider");
  return i18n;
}
