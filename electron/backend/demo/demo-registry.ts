import { addDays } from '../../../core/rules/calendar';
import type { DemoIdentity, DemoSchool } from './demo-school-types';

/**
 * The demo registry: the state registry as the central server's mirror would hold it for the demo school, in the
 * CSV of DESIGN §5. It knows every demo person as they really are (`identity`), so the cards' planted mistakes show
 * up in the report; and it disagrees on purpose with a few correct cards — someone it does not know, a surname
 * spelled another way, another birth date, a death — so a newcomer's first Sync all shows each kind of finding.
 */
export const registryCsvHeader = 'kind,series,number,lastName,firstName,middleName,birthDate,sex,deceased';

export type RegistryDisagreement = 'not_found' | 'name' | 'birth_date' | 'deceased';

/** Every n-th student (by generation order) the registry disagrees with; primes, so the kinds never coincide. */
const disagreementEvery: readonly [RegistryDisagreement, number][] = [
  ['not_found', 211],
  ['name', 263],
  ['birth_date', 307],
  ['deceased', 1009],
];

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function rows(person: DemoIdentity, deceased: boolean): string[] {
  const tail = [person.lastName, person.firstName, person.middleName, person.birthDate, person.sex, deceased ? '1' : '0'];
  const out: string[][] = [];
  if (person.birthCertificate) out.push(['birth_certificate', person.birthCertificate.series, person.birthCertificate.number, ...tail]);
  if (person.idCard) out.push(['id_card', '', person.idCard.number, ...tail]);
  if (person.taxId) out.push(['tax_id', '', person.taxId, ...tail]);
  return out.map((r) => r.map(csvField).join(','));
}

/** A surname as another office might have written it: one letter changed. */
function otherSpelling(lastName: string): string {
  return lastName.endsWith('а') ? `${lastName.slice(0, -1)}о` : `${lastName}а`;
}

export function disagreementOf(index: number): RegistryDisagreement | null {
  const hit = disagreementEvery.find(([, every]) => index % every === every - 1);
  return hit ? hit[0] : null;
}

export function demoRegistryCsv(demo: DemoSchool): string {
  const lines = [registryCsvHeader];
  demo.students.forEach((student, index) => {
    const disagreement = disagreementOf(index);
    if (disagreement === 'not_found') return;
    const person = { ...student.identity };
    if (disagreement === 'name') person.lastName = otherSpelling(person.lastName);
    if (disagreement === 'birth_date') person.birthDate = addDays(person.birthDate, 1);
    lines.push(...rows(person, disagreement === 'deceased'));
  });
  for (const student of demo.pastYear.students) lines.push(...rows(student.identity, false));
  for (const member of demo.staff) lines.push(...rows(member.identity, false));
  return `${lines.join('\n')}\n`;
}
