import { useContext, useEffect, useRef, type ReactNode } from "react";
import { AppContext } from "../AppContext";
import { useI18n } from "../i18n/I18nProvider";

export const pageTitleId = "page-title";

let focusPending = false;

/** The next page title to mount takes the focus (a route change, see KcPage). */
export function focusTitleOnNextPage() {
  focusPending = true;
}

/**
 * The page's H1, and the tab's title ("Mes demandes - Mon compte - EFP Connect"). It takes the
 * focus when the route changes (see KcPage), so screen readers announce the new page.
 */
export function PageTitle({ children, documentTitle, serviceTitle }: { children: ReactNode; documentTitle: string; serviceTitle?: string }) {
  const { t } = useI18n();
  // Before signing in (an invitation's welcome) there is no app yet: the caller names the service.
  const service = useContext(AppContext)?.brand.serviceTitle ?? serviceTitle ?? "";
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t("documentTitle", documentTitle, service);
  }, [t, documentTitle, service]);
  useEffect(() => {
    if (focusPending) {
      focusPending = false;
      ref.current?.focus();
    }
  });
  return (
    <h1 ref={ref} id={pageTitleId} tabIndex={-1}>
      {children}
    </h1>
  );
}
