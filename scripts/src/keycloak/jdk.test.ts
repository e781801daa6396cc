import { chooseJdk, parseReleaseFile } from "./jdk.js";

describe("parseReleaseFile", () => {
  it("reads modern and legacy version strings", () => {
    expect(parseReleaseFile('IMPLEMENTOR="Eclipse Adoptium"\nJAVA_VERSION="25.0.3"\n')).toBe(25);
    expect(parseReleaseFile('JAVA_VERSION="17.0.15"')).toBe(17);
    expect(parseReleaseFile('JAVA_VERSION="1.8.0_392"')).toBe(8);
  });
  it("returns undefined without a version line", () => {
    expect(parseReleaseFile("IMPLEMENTOR=x")).toBeUndefined();
  });
});

describe("chooseJdk", () => {
  it("prefers 25, then 21, then 17", () => {
    const jdk17 = { home: "/jvm/17", major: 17 };
    const jdk21 = { home: "/jvm/21", major: 21 };
    const jdk25 = { home: "/jvm/25", major: 25 };
    expect(chooseJdk([jdk17, jdk25, jdk21])).toBe(jdk25);
    expect(chooseJdk([jdk17, jdk21])).toBe(jdk21);
    expect(chooseJdk([jdk17])).toBe(jdk17);
  });
  it("ignores unsupported versions", () => {
    expect(
      chooseJdk([
        { home: "/jvm/11", major: 11 },
        { home: "/jvm/26", major: 26 },
      ]),
    ).toBeUndefined();
  });
});
