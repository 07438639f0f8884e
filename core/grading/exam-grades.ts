import type { Country } from '../schemas/common';

/**
 * The grades whose year ends with a state exam, so the ledger's exam grade column is filled (DESIGN §7, §8): in
 * Ukraine the state final attestation after the 4th, 9th and 11th grades; in Kyrgyzstan the state final attestation
 * after the 9th and 11th grades.
 */
export const examGrades: Readonly<Record<Country, readonly number[]>> = { UA: [4, 9, 11], KG: [9, 11] };

export function gradeHasExam(country: Country, grade: number): boolean {
  return examGrades[country].includes(grade);
}
