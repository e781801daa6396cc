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

  it("shows the userinfo answer in its own table, escaped too", () => {
    const page = profilePage({ sub: "1" }, {}, "", { efp_user_kind: "agent", efp_structure: "<b>DGEFP</b>" });
    const table = page.slice(page.indexOf('<table id="userinfo-claims">'));
    expect(table).toContain('<th scope="row">efp_user_kind</th><td><code>agent</code></td>');
    expect(table).toContain("&lt;b&gt;DGEFP&lt;/b&gt;");
    expect(table).not.toContain("<b>DGEFP");
  });
});
