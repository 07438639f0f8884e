import type { Country } from '../schemas/common';
import type { Issue } from '../schemas/issue';
import type { IdentityDocument } from '../schemas/student';
import { ageOn, isRealDate } from './calendar';
import { formatIssue, makeIssue } from './codes';
import { dateIssues } from './dates';

/**
 * Identity documents (DESIGN §4). Formats are checked for Ukrainian documents only: a UA birth certificate is a
 * Roman numeral, a hyphen and two Cyrillic capitals (I-БК) with a six-digit number; a passport book two Cyrillic
 * capitals and six digits; an ID card nine digits. Kyrgyz and foreign documents have no public format to check.
 */
const certificateSeries = /^[IVXLC]+-[А-ЯҐЄІЇ]{2}$/u;
const passportSeries = /^[А-ЯҐЄІЇ]{2}$/u;

function uaDocumentIssues(doc: IdentityDocument, field: string): Issue[] {
  const issues: Issue[] = [];
  const series = doc.series ?? '';
  if (doc.type === 'birth_certificate') {
    if (!certificateSeries.test(series)) issues.push(formatIssue(`${field}.series`, 'birth_certificate_series'));
    if (!/^\d{6}$/.test(doc.number)) issues.push(formatIssue(`${field}.number`, 'birth_certificate_number'));
  } else if (doc.type === 'passport') {
    if (!passportSeries.test(series)) issues.push(formatIssue(`${field}.series`, 'passport_series'));
    if (!/^\d{6}$/.test(doc.number)) issues.push(formatIssue(`${field}.number`, 'passport_number'));
  } else if (doc.type === 'id_card') {
    if (!/^\d{9}$/.test(doc.number)) issues.push(formatIssue(`${field}.number`, 'id_card_number'));
  }
  return issues;
}

export function documentIssues(documents: readonly IdentityDocument[], country: Country, today: string): Issue[] {
  return documents.flatMap((doc, i) => {
    const field = `documents.${i}`;
    const number = doc.number === '' ? [makeIssue('REQUIRED', `${field}.number`)] : country === 'UA' ? uaDocumentIssues(doc, field) : [];
    return [...number, ...dateIssues(`${field}.issuedOn`, doc.issuedOn, today)];
  });
}

/** Age from which a passport or ID card may stand for the birth certificate in the subvention count. */
export const identityCardAge = 14;

/** The subvention count needs a birth certificate, or a passport / ID card from age 14 (DESIGN §4). */
export function hasCountableDocument(documents: readonly IdentityDocument[], birthDate: string, today: string): boolean {
  const grownUp = isRealDate(birthDate) && ageOn(birthDate, today) >= identityCardAge;
  return documents.some(
    (doc) => doc.number !== '' && (doc.type === 'birth_certificate' || (grownUp && (doc.type === 'passport' || doc.type === 'id_card'))),
  );
}
