/** How far a permission reaches for one user today: computed by scope.ts, applied wherever objects are listed. */
export interface ObjectScope {
  /** The permission reaches every object. */
  all: boolean;
  /** Otherwise: the classes of this year it reaches (empty: none). */
  classIds: ReadonlySet<string>;
}

export function inScope(scope: ObjectScope, classId: string | null): boolean {
  return scope.all || (classId !== null && scope.classIds.has(classId));
}
