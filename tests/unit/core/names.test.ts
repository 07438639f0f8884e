import { describe, expect, it } from 'vitest';
import { isWellFormedName, optionalNameIssues, requiredNameIssues } from '../../../core/rules/names';

describe('well-formed names', () => {
  it('accepts a Cyrillic name with the apostrophe ʼ', () => {
    expect(isWellFormedName('Марʼяна')).toBe(true);
  });

  it('accepts a double Cyrillic surname with a hyphen', () => {
    expect(isWellFormedName('Коваль-Петренко')).toBe(true);
  });

  it('accepts a Latin name with a space', () => {
    expect(isWellFormedName('Anna Maria')).toBe(true);
  });

  it('rejects a word that mixes Cyrillic and Latin letters', () => {
    expect(isWellFormedName('Iван')).toBe(false);
  });

  it('rejects a digit', () => {
    expect(isWellFormedName('Іван2')).toBe(false);
  });

  it('rejects punctuation without letters', () => {
    expect(isWellFormedName('-')).toBe(false);
  });
});

describe('required names', () => {
  it('reports REQUIRED for an empty name', () => {
    expect(requiredNameIssues('lastName', '')).toEqual([{ code: 'REQUIRED', severity: 'error', field: 'lastName' }]);
  });

  it('reports REQUIRED for a name of spaces only', () => {
    expect(requiredNameIssues('firstName', '   ').map((i) => i.code)).toEqual(['REQUIRED']);
  });

  it('reports FORMAT with the format "name" for a malformed name', () => {
    expect(requiredNameIssues('lastName', 'Петренко1')).toEqual([{ code: 'FORMAT', severity: 'error', field: 'lastName', params: { format: 'name' } }]);
  });

  it('finds nothing in a well-formed name', () => {
    expect(requiredNameIssues('lastName', 'Шевченко')).toEqual([]);
  });
});

describe('optional names', () => {
  it('finds nothing in an absent patronymic', () => {
    expect(optionalNameIssues('middleName', undefined)).toEqual([]);
  });

  it('finds nothing in an empty patronymic', () => {
    expect(optionalNameIssues('middleName', '')).toEqual([]);
  });

  it('reports FORMAT for a malformed patronymic', () => {
    expect(optionalNameIssues('middleName', 'Iванович').map((i) => i.code)).toEqual(['FORMAT']);
  });
});
