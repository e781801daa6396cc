import { checkSearch } from "./finderSearch";

test("the directory needs two characters, spaces and dots aside", () => {
  for (const search of ["", " ", "a", " a ", "5 .", "."]) expect([search, checkSearch("directory", search)]).toEqual([search, "finderTooShort"]);
  for (const search of ["ab", "5 7", "572 067 684", "NOUVELLE BOULANGERIE"]) expect([search, checkSearch("directory", search)]).toEqual([search, undefined]);
});

test("the application's own list takes any search, even none", () => {
  for (const search of ["", "a", "  "]) expect(checkSearch("known", search)).toBeUndefined();
});
