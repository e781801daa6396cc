import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useI18n } from "../i18n/I18nProvider";

/** Previous / "Page 2 of 5" / next, over a list of `total` items shown `max` at a time from `first`. */
export function Pager({ total, first, max, label, onPage }: { total: number; first: number; max: number; label: string; onPage: (first: number) => void }) {
  const { t } = useI18n();
  const pages = Math.ceil(total / max);
  if (pages <= 1) return null;
  const current = Math.floor(first / max) + 1;
  return (
    <nav aria-label={label} className={fr.cx("fr-mt-2w")}>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline", "fr-btns-group--sm")}>
        <li>
          <Button priority="secondary" size="small" disabled={current <= 1} onClick={() => onPage(Math.max(0, first - max))}>
            {t("previousPage")}
          </Button>
        </li>
        <li className="efp-pager-position" aria-current="page">
          {t("pageOf", current, pages)}
        </li>
        <li>
          <Button priority="secondary" size="small" disabled={current >= pages} onClick={() => onPage(first + max)}>
            {t("nextPage")}
          </Button>
        </li>
      </ul>
    </nav>
  );
}
