// The SIRET check of the extension (fr.gouv.travail.efp.company.Siret), so an import can skip a
// bad row of the stock file instead of having the server refuse its whole batch, and a form of
// Mon compte can say "ce SIRET n'est pas valide" before sending it.

/** SIREN of La Poste, whose SIRETs follow a digit-sum rule instead of Luhn's. */
export const LA_POSTE_SIREN = "356000000";

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function isSiretValid(siret: string): boolean {
  if (!/^[0-9]{14}$/.test(siret)) return false;
  if (luhnValid(siret)) return true;
  if (!siret.startsWith(LA_POSTE_SIREN)) return false;
  let sum = 0;
  for (let i = 0; i < siret.length; i++) sum += siret.charCodeAt(i) - 48;
  return sum % 5 === 0;
}

/** The Luhn check digit that completes `digits` (used to make valid synthetic numbers). */
export function luhnCheckDigit(digits: string): number {
  for (let key = 0; key <= 9; key++) if (luhnValid(digits + key)) return key;
  throw new Error("unreachable");
}
