/** One numbered schema step. Once released it is never edited: later changes are new migrations. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
