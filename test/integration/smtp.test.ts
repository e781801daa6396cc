// The realm's SMTP settings from realm-config reach the real mail catcher: Keycloak sends a
// mail (an "update your password" action) and MailDev receives it.
import { adminClient } from "../support/admin.js";
import { testContext } from "../support/context.js";
import { listEmails, waitForEmail } from "../support/mailbox.js";

test("Keycloak delivers the realm's mail to MailDev", async () => {
  const { realm, user: account } = testContext();
  const kc = await adminClient();
  const [user] = await kc.users.find({ realm, username: account.email, exact: true });
  expect(user?.id).toBeDefined();
  const before = new Set((await listEmails()).map((email) => email.id));
  await kc.users.executeActionsEmail({ realm, id: user.id!, actions: ["UPDATE_PASSWORD"], lifespan: 600 });

  // Other mails may reach this account meanwhile (what `efp apply` granted it): the one with the action link.
  const email = await waitForEmail(account.email, (email) => !before.has(email.id) && (email.text ?? "").includes("/login-actions/action-token"));
  expect(email.subject).not.toBe("");
  expect(email.html ?? email.text).toContain(`/realms/${realm}/login-actions/action-token`);
});
