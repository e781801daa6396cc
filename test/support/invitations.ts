// Invitations as the tests see them: the API's view, and the link of an invitation email.
import type { Email } from "./mailbox.js";

/** An invitation as efp-access lists it (invitation/rest/InvitationView). */
export interface Invitation {
  id: string;
  email: string;
  roles: string[];
  accessManager: boolean;
  kind: "member" | "third-party";
  habilitationExpiresAt: string | null;
  invitedBy: { name: string; email: string } | null;
  status: string;
  createdAt: string;
  sentAt: string;
  expiresAt: string;
  expired: boolean;
}

/** The link of an invitation email (text part): Mon compte's invitation page, token and address in the fragment. */
export function invitationLink(mail: Email): string {
  const link = /(https?:\/\/\S+#\/invitation\?token=[A-Za-z0-9_-]{43}&email=\S+)/.exec(mail.text ?? "")?.[1];
  if (!link) throw new Error(`pas de lien d'invitation dans « ${mail.subject} »`);
  return link;
}

/** The token of that link, as the page sends it to me/invitations/accept. */
export function invitationToken(mail: Email): string {
  return new URLSearchParams(invitationLink(mail).split("#/invitation?")[1]).get("token")!;
}
