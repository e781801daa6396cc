/** As the directory (DirectoryQuery.MIN_LENGTH): shorter searches are refused before asking. */
export const DIRECTORY_MIN_LENGTH = 2;

/** Where the company finder searches: the application's companies, or the whole directory. */
export type Scope = "known" | "directory";

/**
 * What the finder's search says before asking the API (which checks again, and refuses more):
 * the directory needs 2 characters, spaces and dots aside ("5 7" is "57"); the application's
 * own list takes any search, an empty one listing them all. Undefined when it may be sent.
 */
export function checkSearch(scope: Scope, search: string): "finderTooShort" | undefined {
  const compact = search.replace(/[\s.]/g, "");
  return scope === "directory" && compact.length < DIRECTORY_MIN_LENGTH ? "finderTooShort" : undefined;
}
