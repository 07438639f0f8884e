import type { TypedCard } from '../validation/card-verdict';
import { lookupCandidates } from '../validation/registry-comparison';
import { registryKey, type RegistryAdapter, type RegistryDocument, type RegistryPerson } from './registry-adapter';

/**
 * Asks the registry about these cards now, before any write transaction opens (a registry exchange can take
 * seconds; a transaction must not wait on it), and answers later lookups from what it said. A document it was not
 * asked about, or a registry that failed, makes the lookup throw: those cards stay `pending` and are checked again.
 */
export async function prefetchRegistry(registry: RegistryAdapter, cards: readonly TypedCard[]): Promise<RegistryAdapter> {
  const asked = new Map<string, RegistryDocument>();
  for (const card of cards) for (const { doc } of lookupCandidates(card)) asked.set(registryKey(doc), doc);
  let answers: Map<string, RegistryPerson> | null;
  try {
    answers = asked.size === 0 ? new Map() : await registry.find([...asked.values()]);
  } catch {
    answers = null;
  }
  return {
    async find(documents) {
      if (answers === null) throw new Error('the registry did not answer');
      const found = new Map<string, RegistryPerson>();
      for (const doc of documents) {
        const key = registryKey(doc);
        if (!asked.has(key)) throw new Error('the registry was not asked about this document');
        const person = answers.get(key);
        if (person) found.set(key, person);
      }
      return found;
    },
  };
}
