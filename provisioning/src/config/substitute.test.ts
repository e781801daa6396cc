import { MissingVariableError, substitute, substituteDeep } from "./substitute.js";

describe("substitute", () => {
  it("uses the environment first, then the default", () => {
    expect(substitute("${A}/x", { A: "a" }, "f")).toBe("a/x");
    expect(substitute("${B:-http://localhost:3000}/cb", {}, "f")).toBe("http://localhost:3000/cb");
    expect(substitute("${B:-d}", { B: "" }, "f")).toBe("d");
  });
  it("names the file and path of a missing variable", () => {
    expect(() => substituteDeep({ a: [{ secret: "${SECRET}" }] }, {}, "applications/soffi.yaml")).toThrow(
      new MissingVariableError("SECRET", "applications/soffi.yaml.a[0].secret"),
    );
  });
  it("leaves non-strings alone", () => {
    expect(substituteDeep({ n: 1, b: true, s: "${X:-y}" }, {}, "f")).toEqual({ n: 1, b: true, s: "y" });
  });
});
