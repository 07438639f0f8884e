import type { Kysely, Transaction } from 'kysely';
import { registryKey } from '../registry/registry-adapter';
import { inChunks, listChunkSize } from '../storage/chunks';
import { insertRows } from '../storage/row-inserts';
import type { Tables } from '../storage/tables';
import type { TypedCard } from './card-verdict';
import { lookupCandidates } from './registry-comparison';

/** The registry rows a card's verdict reads: every document it may be looked up by, in the mirror's key form. */
export function registryKeysOf(card: TypedCard): string[] {
  return [...new Set(lookupCandidates(card).map((c) => registryKey(c.doc)))];
}

/**
 * Records the registry keys of the school's `cards` as they are now, and drops those of `gone` cards, so a registry
 * import can find by a join which cards a changed registry row may concern. Only cards whose keys differ are
 * rewritten: a check of cards that kept their documents writes nothing.
 */
export async function storeRegistryKeys(trx: Transaction<Tables>, schoolId: string, cards: readonly TypedCard[], gone: readonly string[]): Promise<void> {
  const wanted = new Map(cards.map((card) => [card.id, registryKeysOf(card)]));
  const previous = new Map<string, string[]>();
  for (const part of inChunks([...wanted.keys(), ...gone], listChunkSize)) {
    const rows = await trx.selectFrom('card_registry_keys').select(['card_id', 'registry_key']).where('school_id', '=', schoolId).where('card_id', 'in', part).execute();
    for (const row of rows) {
      const keys = previous.get(row.card_id);
      if (keys) keys.push(row.registry_key);
      else previous.set(row.card_id, [row.registry_key]);
    }
  }
  const stale = [...previous.keys()].filter((id) => !sameKeys(previous.get(id), wanted.get(id)));
  const fresh = [...wanted].filter(([id, keys]) => keys.length > 0 && !sameKeys(previous.get(id), keys));
  for (const part of inChunks(stale, listChunkSize)) await trx.deleteFrom('card_registry_keys').where('school_id', '=', schoolId).where('card_id', 'in', part).execute();
  const rows = fresh.flatMap(([id, keys]) => keys.map((key) => ({ school_id: schoolId, card_id: id, registry_key: key })));
  await insertRows(trx, 'card_registry_keys', rows);
}

/** The same keys, in any order; none stored and none wanted are the same. */
function sameKeys(a: readonly string[] = [], b: readonly string[] = []): boolean {
  return a.length === b.length && a.every((key) => b.includes(key));
}

/**
 * The cards a registry import must check again, by school: those holding a document whose registry rows the import
 * added, removed or changed (`registry_changes`), and every card left `pending`.
 */
export async function cardsToRecheck(db: Kysely<Tables>): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('card_registry_keys as k')
    .innerJoin('registry_changes as c', 'c.registry_key', 'k.registry_key')
    .select(['k.school_id', 'k.card_id'])
    .union(db.selectFrom('card_reports').select(['school_id', 'card_id']).where('status', '=', 'pending'))
    .execute();
  const bySchool = new Map<string, string[]>();
  for (const { school_id, card_id } of rows) {
    const cards = bySchool.get(school_id);
    if (cards) cards.push(card_id);
    else bySchool.set(school_id, [card_id]);
  }
  return bySchool;
}
