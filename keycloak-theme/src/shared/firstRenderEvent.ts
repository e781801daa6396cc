/**
 * The DSFR's own script (menus, modals, tables: 110 kB, and a forced layout per component) waits
 * for the first screen to be painted: `dsfrAfterFirstRender` in vite.config.ts holds react-dsfr's
 * import of it until this event on window (or a few seconds at most). Apart from
 * firstRender.ts, so that the build's configuration reads it without React.
 */
export const FIRST_RENDER_EVENT = "efp:first-render";
