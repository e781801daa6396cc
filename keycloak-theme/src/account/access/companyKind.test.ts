import { isStructureCode } from "./companyKind";

describe("isStructureCode", () => {
  it("tells a structure code from a SIRET", () => {
    expect(isStructureCode("DGEFP")).toBe(true);
    expect(isStructureCode("DREETS-ARA")).toBe(true);
    expect(isStructureCode("34981259400050")).toBe(false);
    expect(isStructureCode("3498125940005")).toBe(true);
  });
});
