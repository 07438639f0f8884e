import { describe, expect, it } from 'vitest';
import { catalogueText, ruleCatalogue, ruleOf } from '../../../core/rules/catalogue';
import { ruleCodeSchema, ruleSeverity } from '../../../core/rules/codes';

const cyrillic = /\p{Script=Cyrillic}/u;

describe('rule catalogue', () => {
  it('lists every rule code once, in the order of the code list', () => {
    expect(ruleCatalogue.map((r) => r.code)).toEqual(ruleCodeSchema.options);
  });

  it.each(ruleCodeSchema.options)('has a Ukrainian title and help for %s', (code) => {
    const rule = ruleOf(code);
    expect([rule?.title.uk, rule?.help.uk].every((t) => t !== undefined && cyrillic.test(t))).toBe(true);
  });

  it.each(ruleCodeSchema.options)('has an English title and help for %s', (code) => {
    const rule = ruleOf(code);
    expect([rule?.title.en, rule?.help.en].every((t) => t !== undefined && /^[A-Z]/.test(t) && !cyrillic.test(t))).toBe(true);
  });

  it('gives each rule the severity of the code list', () => {
    expect(ruleCatalogue.every((r) => r.severity === ruleSeverity[r.code])).toBe(true);
  });

  it('marks the registry codes as checked against the registries and the rest as local', () => {
    expect(ruleCatalogue.filter((r) => r.scope === 'registry').map((r) => r.code)).toEqual([
      'REGISTRY_NOT_FOUND',
      'REGISTRY_NAME_MISMATCH',
      'REGISTRY_BIRTHDATE_MISMATCH',
      'REGISTRY_SEX_MISMATCH',
      'REGISTRY_DECEASED',
      'DUPLICATE_ENROLLMENT',
      'REGISTRY_UNAVAILABLE',
    ]);
  });

  it('finds no rule for an unknown code', () => {
    expect(ruleOf('NO_SUCH_RULE')).toBeUndefined();
  });

  it('falls back to English for Russian and Kyrgyz', () => {
    const text = { uk: 'Так', en: 'Yes' };
    expect([catalogueText(text, 'ru'), catalogueText(text, 'ky')]).toEqual(['Yes', 'Yes']);
  });
});
