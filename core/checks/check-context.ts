import type { Country } from '../schemas/common';

/** What a check needs to know beyond the card itself. Pure data, so the renderer, backend and server share it. */
export interface CheckContext {
  country: Country;
  /** Today's date, YYYY-MM-DD (injected so checks are deterministic). */
  today: string;
  /** Grade of the student's current class, when enrolled; drives AGE_GRADE_IMPLAUSIBLE. */
  grade?: number;
  /** 1 September of the academic year the grade belongs to, YYYY-MM-DD. */
  academicYearStart?: string;
  /** Whether the student has an active enrollment (required for the subvention count). */
  enrolled?: boolean;
}
