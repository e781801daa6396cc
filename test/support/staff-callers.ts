// The eight callers of EFP ADMIN's authorization matrices (issue 15): nobody, a plain
// professional, an access manager, a support agent and an application admin of another
// application, of the application, and an administrator; each with their own token.
import { administratorApi, acceptCharter, createPerson, personToken } from "./efp-admin.js";

export type Caller = "anonymous" | "plain" | "accessManager" | "supportOtherApp" | "support" | "aaOtherApp" | "aa" | "administrator";
export type Staff = Exclude<Caller, "anonymous">;
export type Person = { id: string; email: string };

/** The eight, in the order the matrices list them. */
export const CALLERS: Caller[] = ["anonymous", "plain", "accessManager", "supportOtherApp", "support", "aaOtherApp", "aa", "administrator"];

/**
 * Creates the seven people (the access manager of `app` for `company`) and signs each in:
 * `tokens.anonymous` is undefined, the others a token for efp-admin and efp-access. A suite
 * whose searches should find the access manager gives its first name.
 */
export async function staffCallers(
  app: string,
  otherApp: string,
  company: string,
  accessManagerName = "responsable",
): Promise<{ tokens: Record<Caller, string | undefined>; people: Record<Staff, Person> }> {
  const admin = administratorApi();
  const accessManager = await createPerson(accessManagerName);
  await admin.request("POST", "habilitations", { user: accessManager.email, application: app, company, roles: ["lecteur"], accessManager: true });
  await acceptCharter(accessManager.id);
  const people: Record<Staff, Person> = {
    plain: await createPerson("simple"),
    accessManager,
    supportOtherApp: await createPerson("assistance-autre", [], { [otherApp]: ["efp-support"] }),
    support: await createPerson("assistance", [], { [app]: ["efp-support"] }),
    aaOtherApp: await createPerson("aa-autre", [], { [otherApp]: ["efp-application-admin"] }),
    aa: await createPerson("aa", [], { [app]: ["efp-application-admin"] }),
    administrator: await createPerson("administrateur", ["efp-administrator"]),
  };
  const tokens = { anonymous: undefined } as Record<Caller, string | undefined>;
  for (const [caller, who] of Object.entries(people)) tokens[caller as Staff] = await personToken(who.email);
  return { tokens, people };
}
