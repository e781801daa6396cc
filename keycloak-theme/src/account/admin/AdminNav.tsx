import { fr } from "@codegouvfr/react-dsfr";
import { useI18n } from "../i18n/I18nProvider";
import { routeLinkProps, type Page } from "../router";

/** The sections of the Administration space; the current one is marked for screen readers too. */
export function AdminNav({ page }: { page: Page }) {
  const { t } = useI18n();
  const sections = [
    { page: "admin-users", label: t("adminNavUsers"), current: page === "admin-users" || page === "admin-user" },
    { page: "admin-journal", label: t("adminNavJournal"), current: page === "admin-journal" },
    { page: "admin-ra-codes", label: t("adminNavRaCodes"), current: page === "admin-ra-codes" },
    {
      page: "admin-applications",
      label: t("adminNavApplications"),
      current: page === "admin-applications" || page === "admin-application" || page === "admin-new-application",
    },
  ] as const;
  return (
    <nav aria-label={t("adminNavLabel")} id="efp-admin-nav" className={fr.cx("fr-mb-3w")}>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm")}>
        {sections.map((section) => (
          <li key={section.page}>
            <a
              {...routeLinkProps({ page: section.page })}
              className={fr.cx("fr-btn", "fr-btn--sm", section.current ? "fr-btn--secondary" : "fr-btn--tertiary-no-outline")}
              aria-current={section.current ? "page" : undefined}
            >
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
