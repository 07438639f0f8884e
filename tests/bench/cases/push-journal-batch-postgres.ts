import { pushJournalBatchCase } from '../push-batch-case';

export default pushJournalBatchCase('postgres');
