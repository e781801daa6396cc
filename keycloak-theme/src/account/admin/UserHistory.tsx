import { useCallback, useEffect, useRef, useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { HistoryEntry } from "@efp/contract";
import { useApp } from "../AppContext";
import { ErrorAlert, Loading } from "../components/Feedback";
import { useI18n } from "../i18n/I18nProvider";
import { personName } from "../names";
import { useAsync } from "../useAsync";
import { historyActor, historyErrorKey, historyIdentityProvider, historyOtherSubject, historyTypeKey } from "./historyText";

const PAGE = 20;

/**
 * A user's history on EFP ADMIN's user page: the audit entries about the person and by the
 * person, and their sign-ins, newest first, twenty at a time. What the viewer may not see (another
 * application's entries) the API leaves out.
 */
export function UserHistory({ userId, version }: { userId: string; version: number }) {
  const { t } = useI18n();
  const { admin } = useApp();
  const [first, setFirst] = useState(0);
  const history = useAsync(useCallback(() => admin.history(userId, { first, max: PAGE }), [admin, userId, first]));
  // The page's actions write to the history: read again after each.
  const { reload } = history;
  const shownVersion = useRef(version);
  useEffect(() => {
    if (shownVersion.current === version) return;
    shownVersion.current = version;
    reload();
  }, [version, reload]);
  return (
    <section aria-labelledby="efp-admin-history-title">
      <h2 className={fr.cx("fr-h4", "fr-mt-6w")} id="efp-admin-history-title">
        {t("adminHistoryTitle")}
      </h2>
      <p className={fr.cx("fr-text--sm")}>{t("adminHistoryIntro")}</p>
      {history.data === undefined ? (
        history.error ? (
          <ErrorAlert error={history.error} onRetry={history.reload} id="efp-admin-history-error" />
        ) : (
          <Loading />
        )
      ) : history.data.items.length === 0 ? (
        <p id="efp-admin-history-none">{t("adminHistoryNone")}</p>
      ) : (
        <>
          <Table
            id="efp-admin-history"
            caption={t("adminHistoryCaption")}
            noCaption
            bordered
            fixed
            headers={[t("colWhen"), t("colEvent"), t("colBy"), t("colDetails")]}
            data={history.data.items.map((entry) => [
              <time key="when" dateTime={entry.time}>
                {/* The time, not a live region: the row is read as a whole. */}
                <When iso={entry.time} />
              </time>,
              <EventName key="event" entry={entry} />,
              <Actor key="by" entry={entry} userId={userId} />,
              <Facts key="facts" entry={entry} userId={userId} />,
            ])}
          />
          {(first > 0 || history.data.more) && (
            <nav aria-label={t("adminHistoryPaging")} className={fr.cx("fr-mt-2w")}>
              <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline", "fr-btns-group--sm")}>
                <li>
                  <Button
                    priority="secondary"
                    size="small"
                    disabled={first === 0}
                    nativeButtonProps={{ id: "efp-admin-history-newer" }}
                    onClick={() => setFirst(Math.max(0, first - PAGE))}
                  >
                    {t("adminHistoryNewer")}
                  </Button>
                </li>
                <li>
                  <Button
                    priority="secondary"
                    size="small"
                    disabled={!history.data.more}
                    nativeButtonProps={{ id: "efp-admin-history-older" }}
                    onClick={() => setFirst(first + PAGE)}
                  >
                    {t("adminHistoryOlder")}
                  </Button>
                </li>
              </ul>
            </nav>
          )}
        </>
      )}
    </section>
  );
}

function When({ iso }: { iso: string }) {
  const { dateTime } = useI18n();
  return <>{dateTime(iso)}</>;
}

function EventName({ entry }: { entry: HistoryEntry }) {
  const { t } = useI18n();
  const key = historyTypeKey(entry);
  const error = historyErrorKey(entry);
  return (
    <span data-type={entry.type}>
      {key ? t(key) : entry.type}
      {entry.error && ` (${error ? t(error) : entry.error})`}
    </span>
  );
}

function Actor({ entry, userId }: { entry: HistoryEntry; userId: string }) {
  const { t } = useI18n();
  const who = historyActor(entry, userId);
  return <>{who === "self" ? t("historyBySelf") : who === "other" ? (entry.actor ?? "") : t("historyBySystem")}</>;
}

function Facts({ entry, userId }: { entry: HistoryEntry; userId: string }) {
  const { t } = useI18n();
  const other = historyOtherSubject(entry, userId);
  const provider = historyIdentityProvider(entry);
  const facts = [
    other && t("historyAbout", personName(other) || other.username || other.id),
    entry.application && t("historyApplication", entry.application),
    entry.company && t("historyCompany", entry.company),
    provider && t("historyVia", provider),
    entry.ipAddress && t("historyAddress", entry.ipAddress),
  ].filter((fact): fact is string => typeof fact === "string" && fact !== "");
  return facts.length === 0 ? null : (
    <ul className={fr.cx("fr-text--sm", "fr-mb-0")}>
      {facts.map((fact) => (
        <li key={fact}>{fact}</li>
      ))}
    </ul>
  );
}
