import { syncAllCase } from '../sync-all-case';

export default syncAllCase('postgres');
