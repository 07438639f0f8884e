import { describe, expect, it } from 'vitest';
import { acknowledge, acknowledgementOf, withdrawAcknowledgement } from '../../../core/rules/acknowledgements';
import type { Issue } from '../../../core/schemas/issue';

const ageWarning: Issue = { code: 'AGE_GRADE', severity: 'warning', field: 'birthDate' };
const checksumError: Issue = { code: 'CHECKSUM', severity: 'error', field: 'taxId' };

describe('acknowledging a warning', () => {
  it('keeps the note for the warning of that code on that field', () => {
    const acks = acknowledge([], ageWarning, 'Навчався за кордоном, пішов до школи пізніше');
    expect(acknowledgementOf(acks, ageWarning)?.note).toBe('Навчався за кордоном, пішов до школи пізніше');
  });

  it('does not cover the same code on another field', () => {
    const acks = acknowledge([], ageWarning, 'так є');
    expect(acknowledgementOf(acks, { ...ageWarning, field: 'guardians.0.birthDate' })).toBeUndefined();
  });

  it('replaces an earlier note instead of adding a second one', () => {
    const acks = acknowledge(acknowledge([], ageWarning, 'перша'), ageWarning, 'друга');
    expect(acks).toEqual([{ code: 'AGE_GRADE', field: 'birthDate', note: 'друга' }]);
  });

  it('refuses to acknowledge an error', () => {
    expect(acknowledge([], checksumError, 'все правильно')).toEqual([]);
  });

  it('is withdrawn on request', () => {
    const acks = acknowledge([], ageWarning, 'так є');
    expect(withdrawAcknowledgement(acks, ageWarning)).toEqual([]);
  });
});
