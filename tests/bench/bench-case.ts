/**
 * One budget of DESIGN §10 as a benchmark. A case prepares its state once (not measured), then the runner times
 * `iteration` after `warmup` unmeasured runs. Add a budget by adding a module under `cases/` whose default export
 * is `defineBenchCase({ … })`; the runner finds it by itself.
 */
export interface BenchCase<State = unknown> {
  /** Short id, also the CLI filter: `npm run bench -- search`. */
  name: string;
  /** What is measured, as the budget table of DESIGN §10 words it. */
  title: string;
  budgetMs: number;
  /** The statistic compared with the budget: p95 for many small operations, max for a few long ones. */
  figure: 'p50' | 'p95' | 'max';
  warmup: number;
  iterations: number;
  setup(fixtures: BenchFixtures): Promise<State>;
  /** One measured run; `index` counts from 0 across warm-up and measured runs, so a case can rotate its inputs. */
  iteration(state: State, index: number): Promise<void> | void;
  teardown?(state: State): Promise<void> | void;
}

/** Expensive preparations shared by the cases of one run (each is made at most once, on first use). */
export interface BenchFixtures {
  /**
   * A closed data folder holding the seeded demo school (2,000 students) without journals and without its finished
   * previous year, so its Sync all is the ~4,250 card records of DESIGN §10; callers copy it before writing.
   */
  demoSchool(): Promise<string>;
  /** The same, seeded with another seed (not the demo's): a school of its size with other people and other record ids. */
  otherDemoSchool(seed: number): Promise<string>;
  /** The demo school as the app seeds it: its finished previous year, and the current year's journals from 1 September to today. */
  demoJournals(): Promise<string>;
  /** The demo school of the academic year that ended last: a full year of journals (~500k marks), all in the past. */
  journalYear(): Promise<string>;
  /** A closed data folder with a 10,000-student school. */
  bigSchool(): Promise<string>;
  /** A fresh empty temporary folder, removed when the run ends. */
  tempDir(label: string): string;
}

export function defineBenchCase<State>(benchCase: BenchCase<State>): BenchCase<State> {
  return benchCase;
}
