/**
 * The ministry's name as the DSFR "bloc-marque" prints it: one line per entry. It is an
 * institutional name, so it is not translated.
 */
export const ministryNameLines = ["Ministère", "du Travail,", "de l'Emploi", "et de l'Insertion"] as const;

export const ministryName = ministryNameLines.join(" ");
