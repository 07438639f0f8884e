import { z } from 'zod';
import { normaliseCode, normaliseSeries } from '../../core/normalise';
import type { Sex } from '../../core/schemas/common';

/** Kinds of document the registries answer for (DESIGN §5 registry CSV). */
export const registryKindSchema = z.enum(['birth_certificate', 'passport', 'id_card', 'tax_id', 'pin']);
export type RegistryKind = z.infer<typeof registryKindSchema>;

export interface RegistryDocument {
  kind: RegistryKind;
  /** Empty when the document has no series. */
  series: string;
  number: string;
}

export interface RegistryPerson {
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
  sex: Sex;
  deceased: boolean;
}

/**
 * A state registry as the validation asks it: many documents at once (one round trip for a whole push). The mirror
 * answers from the server's own table; adapters for the real exchanges (Trembita, Tunduk) plug in here. Throws
 * when the registry cannot be reached: the cards wait as `pending`.
 */
export interface RegistryAdapter {
  find(documents: readonly RegistryDocument[]): Promise<Map<string, RegistryPerson>>;
}

/** A document in the form both sides compare it in: series and number normalised as the card's checks do. */
export function registryDocument(kind: RegistryKind, series: string | undefined, number: string): RegistryDocument {
  const seriesType = kind === 'birth_certificate' || kind === 'passport' || kind === 'id_card' ? kind : null;
  return {
    kind,
    series: seriesType && series ? normalisedSeries(series, seriesType) : '',
    number: normaliseCode(number).toUpperCase(),
  };
}

/** Series normalised lately: a country has few series, and a million registry rows or cards repeat them. */
const seriesMemo = new Map<string, string>();
const seriesMemoSize = 10_000;

function normalisedSeries(series: string, type: 'birth_certificate' | 'passport' | 'id_card'): string {
  const key = `${type}|${series}`;
  let normalised = seriesMemo.get(key);
  if (normalised === undefined) {
    if (seriesMemo.size >= seriesMemoSize) seriesMemo.clear();
    normalised = normaliseSeries(series, type);
    seriesMemo.set(key, normalised);
  }
  return normalised;
}

export function registryKey(doc: RegistryDocument): string {
  return `${doc.kind}|${doc.series}|${doc.number}`;
}
