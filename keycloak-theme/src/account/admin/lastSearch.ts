import type { AdminSearch } from "../routes";

// The list's search as last shown in this page: the user page's way back shows the same list.
let last: AdminSearch = {};

export function rememberAdminSearch(search: AdminSearch) {
  last = search;
}

export function lastAdminSearch(): AdminSearch {
  return last;
}
