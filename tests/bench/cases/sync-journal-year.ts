import { defineBenchCase } from '../bench-case';
import { closePc, expectMarksOnServer, journalPc, syncAll, type JournalPc } from '../journal-sync-setup';

/**
 * First Sync all of a school with a full year of journals (~500k marks, ~67k lessons, ~35k period grades besides the
 * cards) to a central server that has never seen it. One run: it is the long, once-in-a-school's-life case. It fails
 * unless the server then holds every mark.
 */
export default defineBenchCase<JournalPc>({
  name: 'sync-journal-year',
  title: 'first Sync all of a year of journals (500k marks)',
  budgetMs: 30_000,
  figure: 'max',
  warmup: 0,
  iterations: 1,
  setup: async (fixtures) => journalPc(fixtures, await fixtures.journalYear()),
  async iteration(pc) {
    await syncAll(pc);
    expectMarksOnServer(pc);
  },
  teardown: closePc,
});
