import { withThemeParent } from "./themeParent";

describe("withThemeParent", () => {
  it("replaces the parent and keeps every other property", () => {
    const written = "parent=keycloak\n\ndarkMode=true\n\nEFP_NOTICE=${env.EFP_NOTICE:}\n";
    expect(withThemeParent(written, "base")).toBe("parent=base\n\ndarkMode=true\n\nEFP_NOTICE=${env.EFP_NOTICE:}\n");
  });

  it("refuses a file without a parent line rather than leaving the heavy parent silently", () => {
    expect(() => withThemeParent("darkMode=true\n", "base")).toThrow(/parent=/);
  });
});
