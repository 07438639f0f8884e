import { normaliseStaffCard, type Normalisation } from '../normalise';
import { makeIssue } from '../rules/codes';
import { emailIssues, phoneIssues } from '../rules/contacts';
import { dateIssues, dateOrderIssues, requiredDateIssues } from '../rules/dates';
import { kgPinIssues } from '../rules/kg-pin';
import { optionalNameIssues, ownNameRules, requiredNameIssues } from '../rules/names';
import { rnokppIssues } from '../rules/rnokpp';
import type { Issue } from '../schemas/issue';
import type { StaffCard } from '../schemas/staff';
import type { CheckContext } from './check-context';

/**
 * Every local check of a staff card (DESIGN §4): names, birth date, the position and the tax number are required —
 * RNOKPP in Ukraine, the PIN in Kyrgyzstan, where it plays the same part. A dismissal date may lie ahead (notice
 * given), never before the hiring.
 */
export function checkStaff(typed: StaffCard, ctx: CheckContext, normalisation: Normalisation<StaffCard> = normaliseStaffCard(typed)): Issue[] {
  const { card, issues: normalised } = normalisation;
  const person = { birthDate: card.birthDate, sex: card.sex };
  const own = ownNameRules(ctx.country, card.citizenship);
  const requiredCode = ctx.country === 'UA' ? 'taxId' : 'pin';
  return [
    ...normalised,
    ...requiredNameIssues('lastName', card.lastName, own),
    ...requiredNameIssues('firstName', card.firstName, own),
    ...optionalNameIssues('middleName', card.middleName, own),
    ...requiredDateIssues('birthDate', card.birthDate, ctx.today),
    ...(card[requiredCode] ? [] : [makeIssue('REQUIRED', requiredCode)]),
    ...rnokppIssues('taxId', card.taxId, person),
    ...kgPinIssues('pin', card.pin, person),
    ...dateIssues('hiredOn', card.hiredOn, ctx.today),
    ...dateIssues('dismissedOn', card.dismissedOn, null),
    ...dateOrderIssues('hiredOn', card.hiredOn, 'dismissedOn', card.dismissedOn),
    ...(card.position.trim() === '' ? [makeIssue('REQUIRED', 'position')] : []),
    ...phoneIssues('phone', card.phone),
    ...emailIssues('email', card.email),
  ];
}
