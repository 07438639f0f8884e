import { markScale } from '../../../../core/grading/period-grade';
import type { FinalGrade } from '../../../../core/journals/journal-entities';
import type { Country } from '../../../../core/schemas/common';

/** The finals a teacher may choose, highest mark first, then not assessed and exempt. */
export function finalOptions(country: Country): FinalGrade[] {
  const { min, max } = markScale[country];
  return [...Array.from({ length: max - min + 1 }, (_, i) => max - i), 'not_assessed', 'exempt'];
}
