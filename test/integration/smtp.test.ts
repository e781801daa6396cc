// The realm's SMTP settings from realm-config reach the real mail catcher: Keycloak sends a
// mail (an "update your password" action) and MailDev receives it.
import { adminClient } from "../support/admin.js";
import { testContext } from "../support/context.js";
import { waitForEmail } from "../support/mailbox.js";

test("Keycloak delivers the realm's mail to MailDev", async () => {
  const { realm } = testContext();
  const kc = await adminClient();
  const [user] = await kc.users.find({ realm, username: "test.user@exemple.fr", exact: true });
  expect(user?.id).toBeDefined();
  await kc.users.executeActionsEmail({ realm, id: user.id!, actions: ["UPDATE_PASSWORD"], lifespan: 600 });

  const email = await waitForEmail("test.user@exemple.fr");
  expect(email.subject).not.toBe("");
  expect(email.html ?? email.text).toContain(`/realms/${realm}/login-actions/action-token`);
});
