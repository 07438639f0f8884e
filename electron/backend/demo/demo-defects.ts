import { makeRnokpp } from '../../../core/rules/rnokpp';
import type { DemoDefectKind, DemoStaff, DemoStudent } from './demo-school-types';
import { addDays } from '../../../core/rules/calendar';
import { yearsBefore } from './demo-dates';
import type { SeededRandom } from './seeded-random';

/** Student mistakes for a school of 2,000: 80 cards, 4 %. Larger schools get proportionally more. */
const studentDefectsPer2000: readonly (readonly [DemoDefectKind, number])[] = [
  ['taxid_checksum', 12],
  ['taxid_birthdate', 10],
  ['certificate_series_latin', 8],
  ['certificate_series_no_hyphen', 8],
  ['certificate_missing', 10],
  ['name_latin_lookalike', 12],
  /** Pairs: each puts one certificate on two cards. */
  ['certificate_duplicate', 5],
  ['age_implausible', 10],
];

export function plannedDefectCounts(studentCount: number): Map<DemoDefectKind, number> {
  return new Map(studentDefectsPer2000.map(([kind, n]) => [kind, Math.max(1, Math.round((n * studentCount) / 2000))]));
}

/** Cyrillic letters and the Latin ones that look the same: what a keyboard layout switch slips into a name. */
const latinLookalikes: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', і: 'i', А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O',
  Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I',
};

/** Where to slip a Latin letter into a name: a look-alike past the first letter (where typos hide). */
function latinLookalikeIndex(name: string): number {
  const chars = [...name];
  const inside = chars.findIndex((ch, i) => i > 0 && ch in latinLookalikes);
  return inside >= 0 ? inside : chars.findIndex((ch) => ch in latinLookalikes);
}

/** Latin letter pairs with no Cyrillic look-alike, so normalisation cannot repair them into a valid series. */
const latinSeriesLetters = ['SG', 'DN', 'LV', 'ZL'];

function breakChecksum(taxId: string): string {
  const last = Number(taxId.slice(-1));
  return `${taxId.slice(0, -1)}${(last + 1) % 10}`;
}

function birthCertificate(student: DemoStudent) {
  const certificate = student.card.documents.find((d) => d.type === 'birth_certificate');
  if (!certificate) throw new Error(`${student.key} has no birth certificate to spoil`);
  return certificate;
}

/**
 * Puts one deliberate mistake into a student's card. `identity` stays the truth (what the registry holds), except
 * for an implausible age, which is a real (if unusual) pupil: the registry agrees with the card.
 */
export function applyStudentDefect(rng: SeededRandom, kind: DemoDefectKind, student: DemoStudent, original?: DemoStudent): void {
  const { card, identity } = student;
  switch (kind) {
    case 'taxid_checksum': {
      const valid = identity.taxId ?? makeRnokpp(card.birthDate, identity.sex, rng.int(0, 999));
      identity.taxId = valid;
      card.taxId = breakChecksum(valid);
      return;
    }
    case 'taxid_birthdate': {
      const shift = rng.int(20, 400) * (rng.chance(0.5) ? 1 : -1);
      card.taxId = makeRnokpp(addDays(card.birthDate, shift), identity.sex, rng.int(0, 999));
      return;
    }
    case 'certificate_series_latin':
      birthCertificate(student).series = `I-${rng.pick(latinSeriesLetters)}`;
      return;
    case 'certificate_series_no_hyphen':
      birthCertificate(student).series = (birthCertificate(student).series ?? '').replace('-', '');
      return;
    case 'certificate_missing':
      card.documents = [];
      return;
    case 'name_latin_lookalike': {
      const field = latinLookalikeIndex(card.lastName) >= 0 ? 'lastName' : 'firstName';
      const chars = [...card[field]];
      const at = latinLookalikeIndex(card[field]);
      if (at < 0) throw new Error(`${student.key} has no letter with a Latin look-alike`);
      chars[at] = latinLookalikes[chars[at] ?? ''] ?? '';
      card[field] = chars.join('');
      return;
    }
    case 'certificate_duplicate': {
      if (!original) throw new Error('a duplicate certificate needs the card it is copied from');
      const source = birthCertificate(original);
      Object.assign(birthCertificate(student), { series: source.series, number: source.number });
      return;
    }
    case 'age_implausible': {
      card.birthDate = yearsBefore(card.birthDate, 5);
      identity.birthDate = card.birthDate;
      for (const document of card.documents) if (document.issuedOn) document.issuedOn = yearsBefore(document.issuedOn, 5);
      if (identity.taxId) {
        identity.taxId = makeRnokpp(card.birthDate, identity.sex, rng.int(0, 999));
        card.taxId = identity.taxId;
      }
      return;
    }
    case 'staff_taxid_missing':
    case 'staff_taxid_checksum':
      throw new Error(`${kind} is a staff mistake`);
  }
}

export function applyStaffDefect(kind: DemoDefectKind, member: DemoStaff): void {
  if (kind === 'staff_taxid_missing') {
    delete member.card.taxId;
    return;
  }
  if (kind === 'staff_taxid_checksum' && member.identity.taxId) {
    member.card.taxId = breakChecksum(member.identity.taxId);
    return;
  }
  throw new Error(`${kind} is not a staff mistake`);
}
