import { adminClient } from "./admin.js";
import { testContext } from "./context.js";

/** An existing, verified professional with the test user's password, created by an admin. */
export async function createUser(email: string, attributes: Record<string, string[]> = {}) {
  const { realm, user: testUser } = testContext();
  const kc = await adminClient();
  await kc.users.create({
    realm,
    username: email,
    email,
    firstName: "Paul",
    lastName: "Existant",
    enabled: true,
    emailVerified: true,
    attributes,
    credentials: [{ type: "password", value: testUser.password, temporary: false }],
  });
  const [user] = await kc.users.find({ realm, username: email, exact: true });
  return user;
}

/** The account of `email`, or undefined. */
export async function findUser(email: string) {
  const kc = await adminClient();
  const [user] = await kc.users.find({ realm: testContext().realm, username: email, exact: true });
  return user;
}
