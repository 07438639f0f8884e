import { describe, expect, it } from 'vitest';
import { getAt, setAt } from '../../../renderer/src/editor/field-path';

describe('field paths of a card', () => {
  const card = { lastName: 'Шевченко', documents: [{ type: 'birth_certificate', number: '123456' }], address: {} };

  it('reads a value inside a list of documents', () => {
    expect(getAt(card, 'documents.0.number')).toBe('123456');
  });

  it('reads nothing where the path leads nowhere', () => {
    expect(getAt(card, 'documents.3.number')).toBeUndefined();
  });

  it('writes a copy and leaves the original card untouched', () => {
    const next = setAt(card, 'documents.0.number', '654321');
    expect(next.documents[0]?.number).toBe('654321');
    expect(card.documents[0]?.number).toBe('123456');
    expect(next.documents).not.toBe(card.documents);
  });

  it('keeps a list a list when writing into it', () => {
    expect(Array.isArray(setAt(card, 'documents.0.series', 'I-БК').documents)).toBe(true);
  });

  it('creates the missing objects along the path', () => {
    expect(setAt({}, 'registeredAddress.street', 'Хрещатик')).toEqual({ registeredAddress: { street: 'Хрещатик' } });
  });
});
