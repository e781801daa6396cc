import { medianRatio } from "./enumeration.js";

describe("medianRatio", () => {
  it("is the slower median over the faster, whichever case is slower", () => {
    expect(
      medianRatio({
        name: "x",
        cases: [
          { name: "a", latenciesMs: [10, 20, 30] },
          { name: "b", latenciesMs: [40, 40, 40] },
        ],
      }),
    ).toBe(2);
    expect(
      medianRatio({
        name: "x",
        cases: [
          { name: "a", latenciesMs: [90, 100, 110] },
          { name: "b", latenciesMs: [10] },
        ],
      }),
    ).toBe(10);
    expect(
      medianRatio({
        name: "x",
        cases: [
          { name: "a", latenciesMs: [5] },
          { name: "b", latenciesMs: [5] },
        ],
      }),
    ).toBe(1);
  });
});
