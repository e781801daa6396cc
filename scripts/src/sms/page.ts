// The local SMS inbox's page (dev and tests, like MailDev's): the messages received, newest
// first. Everything a message holds is escaped: a text may contain anything.
import { escapeHtml } from "../demo-app/html.js";

export type ReceivedSms = { id: number; receivedAt: string; sender: string; recipient: string; content: string; tag?: string };

const STYLE = `
  body { font-family: Marianne, Arial, sans-serif; margin: 0; color: #161616; background: #fff; }
  header, main { padding: 1rem 2rem; }
  header { border-bottom: 1px solid #ddd; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: left; font-weight: 700; padding: .5rem 0; }
  th, td { text-align: left; border-bottom: 1px solid #ddd; padding: .4rem .6rem; vertical-align: top; }
  td.text { white-space: pre-wrap; word-break: break-word; }
  a:focus-visible { outline: 2px solid #0a76f6; outline-offset: 2px; }
  @media (max-width: 40rem) { header, main { padding: 1rem; } th, td { padding: .3rem; } }
`;

/** "+33 6 12 34 56 78" for a French number, "+<digits>" otherwise. */
export function shownNumber(recipient: string): string {
  const french = /^33([67])(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(recipient);
  return french ? `+33 ${french.slice(1).join(" ")}` : `+${recipient}`;
}

export function inboxPage(messages: ReceivedSms[]): string {
  const rows = [...messages]
    .reverse()
    .map(
      (message) => `<tr data-sms="${message.id}">
  <td>${escapeHtml(new Date(message.receivedAt).toLocaleString("fr-FR", { timeZone: "Europe/Paris" }))}</td>
  <td>${escapeHtml(shownNumber(message.recipient))}</td>
  <td>${escapeHtml(message.sender)}</td>
  <td class="text">${escapeHtml(message.content)}</td>
</tr>`,
    )
    .join("\n");
  const body =
    messages.length === 0
      ? `<p id="aucun-sms">Aucun SMS reçu pour l'instant.</p>`
      : `<table id="sms">
<caption>SMS reçus, du plus récent au plus ancien (${messages.length})</caption>
<thead><tr><th scope="col">Reçu le</th><th scope="col">Destinataire</th><th scope="col">Expéditeur</th><th scope="col">Texte</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Boîte SMS locale – EFP Connect (développement)</title>
<style>${STYLE}</style>
</head>
<body>
<header><p><strong>EFP Connect</strong> – boîte SMS locale (développement et tests)</p></header>
<main>
<h1>SMS reçus</h1>
<p>Cette boîte reçoit les SMS que Keycloak envoie par l'API de Brevo : aucun n'est réellement expédié. <a href="/">Actualiser</a></p>
${body}
</main>
</body>
</html>`;
}
