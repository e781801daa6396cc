// The SIRET check lives in the contract, shared with Mon compte's forms.
export { isSiretValid, luhnCheckDigit, LA_POSTE_SIREN } from "@efp/contract";
