import { normaliseStudentCard, type Normalisation } from '../normalise';
import { makeIssue } from '../rules/codes';
import { emailIssues, phoneIssues, unzrIssues } from '../rules/contacts';
import { ageGradeIssues, requiredDateIssues } from '../rules/dates';
import { documentIssues, hasCountableDocument } from '../rules/documents';
import { kgPinIssues } from '../rules/kg-pin';
import { optionalNameIssues, ownNameRules, requiredNameIssues } from '../rules/names';
import { rnokppIssues } from '../rules/rnokpp';
import type { Issue } from '../schemas/issue';
import type { StudentCard } from '../schemas/student';
import type { CheckContext } from './check-context';

/**
 * Every local check of a student card (DESIGN §4), on the card as the secretary typed it: NORMALISED warnings
 * for what normalisation changes, then the rules on the normalised card. Duplicates need the other cards and are
 * looked up by the caller (core/rules/duplicates).
 */
export function checkStudent(typed: StudentCard, ctx: CheckContext, normalisation: Normalisation<StudentCard> = normaliseStudentCard(typed)): Issue[] {
  const { card, issues: normalised } = normalisation;
  const person = { birthDate: card.birthDate, sex: card.sex };
  const own = ownNameRules(ctx.country, card.citizenship);
  const issues: Issue[] = [
    ...normalised,
    ...requiredNameIssues('lastName', card.lastName, own),
    ...requiredNameIssues('firstName', card.firstName, own),
    ...optionalNameIssues('middleName', card.middleName, own),
    ...requiredDateIssues('birthDate', card.birthDate, ctx.today),
    ...(card.sex ? [] : [makeIssue('REQUIRED', 'sex')]),
    ...documentIssues(card.documents, ctx.country, ctx.today),
    ...rnokppIssues('taxId', card.taxId, person),
    ...kgPinIssues('pin', card.pin, person),
    ...unzrIssues('unzr', card.unzr),
    ...phoneIssues('phone', card.phone),
    ...emailIssues('email', card.email),
    ...card.guardians.flatMap((g, i) => [
      ...requiredNameIssues(`guardians.${i}.lastName`, g.lastName),
      ...requiredNameIssues(`guardians.${i}.firstName`, g.firstName),
      ...optionalNameIssues(`guardians.${i}.middleName`, g.middleName),
      ...phoneIssues(`guardians.${i}.phone`, g.phone),
      ...emailIssues(`guardians.${i}.email`, g.email),
    ]),
  ];
  if (ctx.country === 'UA' && !hasCountableDocument(card.documents, card.birthDate, ctx.today)) {
    issues.push(makeIssue('REQUIRED', 'documents', { document: 'birth_certificate' }));
  }
  if (ctx.enrolled === false) issues.push(makeIssue('REQUIRED', 'classId'));
  if (ctx.grade !== undefined && ctx.academicYearStart !== undefined) {
    issues.push(...ageGradeIssues(card.birthDate, ctx.grade, ctx.academicYearStart));
  }
  return issues;
}
