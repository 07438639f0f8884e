import type { AcademicYearLabel } from '../academic/academic-year';
import type { SchoolClassRecord } from '../academic/school-class';

/**
 * The classes of the new year that the transition fills, found by label: a class the school already made for the new
 * year is used as it is (never changed), any other is created once. A created class takes the homeroom teacher of
 * the class promoted into it, who follows the class.
 */
export class NewYearClasses {
  private readonly byLabel: Map<string, SchoolClassRecord>;
  private readonly made = new Set<SchoolClassRecord>();

  constructor(
    private readonly year: AcademicYearLabel,
    existing: readonly SchoolClassRecord[],
    private readonly newId: () => string,
  ) {
    this.byLabel = new Map(existing.map((c) => [c.label, c]));
  }

  /** Id of the class `label` (which begins with `grade`) in the new year. */
  idOf(label: string, grade: number, homeroomTeacherId?: string): string {
    const found = this.byLabel.get(label);
    if (found) {
      if (this.made.has(found) && found.homeroomTeacherId === undefined && homeroomTeacherId !== undefined) {
        found.homeroomTeacherId = homeroomTeacherId;
      }
      return found.id;
    }
    const created: SchoolClassRecord = { id: this.newId(), academicYear: this.year, grade, label };
    if (homeroomTeacherId !== undefined) created.homeroomTeacherId = homeroomTeacherId;
    this.byLabel.set(label, created);
    this.made.add(created);
    return created.id;
  }

  /** The classes to create, in the order first needed. */
  get created(): SchoolClassRecord[] {
    return [...this.made];
  }
}
