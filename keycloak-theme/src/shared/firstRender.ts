import { useEffect } from "react";
import { FIRST_RENDER_EVENT } from "./firstRenderEvent";

declare global {
  interface Window {
    efpFirstRender?: boolean;
  }
}

/** Says, once per page, that the first screen is on the page: called by the footer, its last part. */
export function useFirstRenderAnnounced() {
  useEffect(() => {
    if (window.efpFirstRender) return;
    window.efpFirstRender = true;
    window.dispatchEvent(new Event(FIRST_RENDER_EVENT));
  }, []);
}
