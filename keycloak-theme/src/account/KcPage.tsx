// The DSFR's stylesheet, Mon compte's copy (see login/KcPage.tsx).
import "@codegouvfr/react-dsfr/main.css?account";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { apiRoot } from "@efp/contract";
import type { KcContext } from "./KcContext";
import { brandOf } from "../shared/brand";
import { setThemeLang } from "../shared/themeLang";
import { createAccessApi, createAdminApi, createAdminExports } from "./api/client";
import { AppContext, type App } from "./AppContext";
import { I18nProvider, useI18n } from "./i18n/I18nProvider";
import { format, isLang, type Lang } from "./i18n/messages";
import { isAccessPage, isSignInOptional, parseRoute, useRoute } from "./router";
import { startSession, type Session, type Started, type Visitor } from "./session";
import { useAsync } from "./useAsync";
import { Template } from "./components/Template";
import { focusTitleOnNextPage } from "./components/PageTitle";
import MyApplications from "./pages/MyApplications";
import MyRequests from "./pages/MyRequests";
import Profile from "./pages/Profile";
import { InvitationAcceptance, InvitationWelcome } from "./pages/Invitation";
import AccessManagement from "./access/AccessManagement";
import Administration from "./admin/Administration";
import "./account.css";

/**
 * The language Keycloak chose for this page (our locale selector): once signed in, the one stored
 * on the account; before, the browser's (cookie of the last choice, Accept-Language).
 */
function initialLang(kcContext: KcContext): Lang {
  const keycloak = kcContext.locale?.split("-")[0];
  return isLang(keycloak) ? keycloak : "fr";
}

const signInOptional = (hash: string) => isSignInOptional(parseRoute({ search: "", hash }).page);

// Once per page load, even if React mounts twice (StrictMode in development); started as soon as
// this chunk runs, while React renders the first screen.
let started: Promise<Started> | undefined = window.kcContext?.themeType === "account" ? startSession(window.kcContext as KcContext, signInOptional) : undefined;

/** Mon compte: signs the person in (account-console client), then shows the screen of the route. */
export default function KcPage({ kcContext }: { kcContext: KcContext }) {
  const [lang, setLang] = useState<Lang>(() => initialLang(kcContext));
  const [state, setState] = useState<{ session?: Session; visitor?: Visitor; failed?: boolean }>({});
  const brand = useMemo(() => brandOf(kcContext), [kcContext]);

  useEffect(() => {
    setThemeLang(lang);
  }, [lang]);

  useEffect(() => {
    started ??= startSession(kcContext, signInOptional);
    started.then(
      ({ session, visitor }) => setState({ session, visitor }),
      () => setState({ failed: true }),
    );
  }, [kcContext]);

  return (
    <I18nProvider lang={lang}>
      {state.visitor !== undefined ? (
        <Welcome
          brand={brand}
          lang={lang}
          setLang={setLang}
          visitor={state.visitor}
          accessRoot={apiRoot(kcContext.serverBaseUrl ?? window.location.origin, kcContext.realm.name, "efp-access")}
        />
      ) : state.session === undefined ? (
        <SigningIn brand={brand} lang={lang} setLang={setLang} failed={state.failed === true} />
      ) : (
        <Account kcContext={kcContext} session={state.session} brand={brand} lang={lang} setLang={setLang} />
      )}
    </I18nProvider>
  );
}

function SigningIn({ brand, lang, setLang, failed }: { brand: App["brand"]; lang: Lang; setLang: (lang: Lang) => void; failed: boolean }) {
  const route = useRoute();
  const { t } = useI18n();
  return (
    <Template brand={brand} route={route} lang={lang} setLang={setLang}>
      {failed ? <Alert severity="error" small role="alert" description={t("errorSignIn")} /> : <p role="status">{t("signingIn")}</p>}
    </Template>
  );
}

/** Not signed in, on a page that allows it (an invitation link): how to sign in, or create the account first. */
function Welcome({
  brand,
  lang,
  setLang,
  visitor,
  accessRoot,
}: {
  brand: App["brand"];
  lang: Lang;
  setLang: (lang: Lang) => void;
  visitor: Visitor;
  accessRoot: string;
}) {
  const route = useRoute();
  // Only the invitation page is offered before signing in; any other route signs in as usual.
  useEffect(() => {
    if (!isSignInOptional(route.page)) visitor.login(undefined, lang);
  }, [route.page, visitor, lang]);
  return (
    <Template brand={brand} route={route} lang={lang} setLang={setLang}>
      {isSignInOptional(route.page) && <InvitationWelcome route={route} visitor={visitor} serviceTitle={brand.serviceTitle} accessRoot={accessRoot} />}
    </Template>
  );
}

function Account({
  kcContext,
  session,
  brand,
  lang,
  setLang,
}: {
  kcContext: KcContext;
  session: Session;
  brand: App["brand"];
  lang: Lang;
  setLang: (lang: Lang) => void;
}) {
  const route = useRoute();
  const langRef = useRef(lang);
  langRef.current = lang;
  const [api, admin, exports] = useMemo(() => {
    const params = {
      baseUrl: kcContext.serverBaseUrl ?? window.location.origin,
      realm: kcContext.realm.name,
      token: session.token,
      unreachableMessage: () => format(langRef.current, "errorGeneric"),
    };
    return [createAccessApi(params), createAdminApi(params), createAdminExports(params)] as const;
  }, [kcContext, session]);
  // The person's explicit choice is kept on the account (and in Keycloak's cookie): the next
  // visit, and the login pages, follow it. The page switches at once; a failure to store it
  // changes nothing on screen.
  const chooseLang = useCallback(
    (chosen: Lang) => {
      setLang(chosen);
      api.setMyLocale(chosen).catch(() => undefined);
    },
    [api, setLang],
  );
  const managed = useAsync(useCallback(() => api.managed(), [api]));
  const administered = useAsync(useCallback(() => api.administered(), [api]));
  const app = useMemo<App>(
    () => ({ api, admin, exports, session, brand, managed, administered }),
    [api, admin, exports, session, brand, managed, administered],
  );

  // A new route is a new page for a screen reader: its title takes the focus (not on the first
  // render, where the browser starts at the top as on any page load; not between the two tabs
  // of Gestion des accès, where the focus stays on the tab).
  const previousPage = useRef(route.page);
  if (previousPage.current !== route.page) {
    if (!(isAccessPage(previousPage.current) && isAccessPage(route.page))) focusTitleOnNextPage();
    previousPage.current = route.page;
  }

  return (
    <AppContext.Provider value={app}>
      <Template
        brand={brand}
        route={route}
        lang={lang}
        setLang={chooseLang}
        managed={managed.data ?? []}
        administers={(administered.data?.length ?? 0) > 0}
        onLogout={session.logout}
      >
        {(() => {
          switch (route.page) {
            case "applications":
              return <MyApplications />;
            case "requests":
              return <MyRequests />;
            case "profile":
              return <Profile />;
            case "access-users":
            case "access-requests":
            case "access-invitations":
              return <AccessManagement route={route} />;
            case "invitation":
              return <InvitationAcceptance route={route} />;
            case "admin-users":
            case "admin-user":
            case "admin-journal":
            case "admin-new-user":
            case "admin-ra-codes":
            case "admin-applications":
            case "admin-application":
            case "admin-new-application":
              return <Administration route={route} />;
            default: {
              // Every page has its case: a new one left out is a type error here, not a blank page.
              const unhandled: never = route.page;
              return unhandled;
            }
          }
        })()}
      </Template>
    </AppContext.Provider>
  );
}
