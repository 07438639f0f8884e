import type { TFunction } from 'i18next';
import type { ClassMember } from '../../../../../core/api/classes-api';
import type { SheetColumn, TypedCell } from '../../../files/typed-workbook';

/** Members shown on the class page: those in the class now by name, then (when asked) those who left, latest first. */
export function visibleMembers(members: readonly ClassMember[], withPast: boolean): ClassMember[] {
  const current = members.filter((m) => m.current).sort((a, b) => a.name.localeCompare(b.name, 'uk'));
  if (!withPast) return current;
  const past = members.filter((m) => !m.current).sort((a, b) => (b.to ?? '').localeCompare(a.to ?? '') || a.name.localeCompare(b.name, 'uk'));
  return [...current, ...past];
}

/** The class list as an Excel sheet: columns wide enough for what they hold; the number, dates and names as they are. */
export function classListSheet(t: TFunction, members: readonly ClassMember[]): { columns: SheetColumn[]; rows: TypedCell[][] } {
  const columns: SheetColumn[] = [
    { header: t('academic.common.number'), width: 5 },
    { header: t('academic.common.name'), width: 38 },
    { header: t('academic.common.birthDate'), width: 16 },
    { header: t('academic.common.sex'), width: 9 },
    { header: t('academic.classPage.from'), width: 14 },
    { header: t('academic.classPage.to'), width: 14 },
    { header: t('academic.classPage.reason'), width: 28 },
  ];
  const rows = members.map((m, i): TypedCell[] => [
    { number: i + 1 },
    { text: m.name },
    { date: m.birthDate },
    m.sex ? { text: t(`enums.sex.${m.sex}`) } : null,
    { date: m.from },
    m.to ? { date: m.to } : null,
    m.reason ? { text: t(`academic.classPage.reasons.${m.reason}`) } : null,
  ]);
  return { columns, rows };
}
