import { escapeHtml, profilePage } from "./html.js";

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
  });
});

describe("profilePage", () => {
  it("never renders a claim as markup", () => {
    const page = profilePage({ sub: "1", given_name: "<img src=x onerror=alert(1)>", email: "a@b.fr" }, { scope: "openid" });
    expect(page).not.toContain("<img src=x");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});
