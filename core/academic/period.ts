import { z } from 'zod';
import type { Country } from '../schemas/common';
import { idSchema, shortText } from '../schemas/common';
import type { AcademicYearLabel } from './academic-year';
import { academicYearLabelSchema } from './academic-year';

export const periodKindSchema = z.enum(['semester', 'quarter']);
export type PeriodKind = z.infer<typeof periodKindSchema>;

/** A semester or quarter of an academic year; `end` is its last day. A closed period's grades are locked. */
export const periodSchema = z
  .object({
    academicYear: academicYearLabelSchema,
    kind: periodKindSchema,
    /** 1-based position within the year. */
    number: z.number().int().min(1).max(4),
    name: shortText,
    start: z.iso.date(),
    end: z.iso.date(),
    closed: z.boolean().default(false),
  })
  .refine((period) => period.start <= period.end, { path: ['end'], message: 'end must not precede start' });
export type Period = z.infer<typeof periodSchema>;

export const periodRecordSchema = periodSchema.safeExtend({ id: idSchema });
export type PeriodRecord = z.infer<typeof periodRecordSchema>;

const roman = ['I', 'II', 'III', 'IV'] as const;

/**
 * Default teaching periods, to be adjusted by the school. Summer (June–August) lies outside every period: no marks are
 * given then, and a period that ran to 31 August would keep grades open all summer.
 * - UA: two semesters, 1 September – 31 December and 1 January – 31 May.
 * - KG: four quarters, 1 September – 31 October, 1 November – 31 December, 1 January – 31 March, 1 April – 31 May.
 */
const defaultSpans: Readonly<Record<Country, { kind: PeriodKind; name: string; spans: readonly (readonly [string, string, 0 | 1])[] }>> = {
  UA: {
    kind: 'semester',
    name: 'семестр',
    spans: [
      ['09-01', '12-31', 0],
      ['01-01', '05-31', 1],
    ],
  },
  KG: {
    kind: 'quarter',
    name: 'четверть',
    spans: [
      ['09-01', '10-31', 0],
      ['11-01', '12-31', 0],
      ['01-01', '03-31', 1],
      ['04-01', '05-31', 1],
    ],
  },
};

/** The default periods of the year `label` for a school of `country`. */
export function defaultPeriods(label: AcademicYearLabel, country: Country): Period[] {
  const { kind, name, spans } = defaultSpans[country];
  const years = [label.slice(0, 4), label.slice(5)];
  return spans.map(([start, end, year], index) => ({
    academicYear: label,
    kind,
    number: index + 1,
    name: `${roman[index] ?? String(index + 1)} ${name}`,
    start: `${years[year]}-${start}`,
    end: `${years[year]}-${end}`,
    closed: false,
  }));
}
