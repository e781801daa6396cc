// The same rule as the extension's Siret.java, so that a config error is caught before anything
// is sent: 14 ASCII digits, Luhn key; La Poste (SIREN 356000000) numbers establishments so that
// the plain digit sum is a multiple of 5.
export const LA_POSTE_SIREN = "356000000";

export function isSiretValid(siret: string): boolean {
  if (!/^[0-9]{14}$/.test(siret)) return false;
  if (luhn(siret)) return true;
  return siret.startsWith(LA_POSTE_SIREN) && [...siret].reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
