import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../../fixtures/backend/test-backend';

describe('a malformed call', () => {
  let t: TestBackend;
  let session: string;
  beforeEach(async () => {
    t = openTestBackend();
    session = await t.setUp();
  });
  afterEach(() => t.dispose());

  it('is refused as UNKNOWN_METHOD when the method does not exist', async () => {
    expect(await t.refusal('students.drop', {}, session)).toEqual({ code: 'UNKNOWN_METHOD', params: { method: 'students.drop' } });
  });

  it('is refused as INVALID_INPUT naming the path of the wrong field', async () => {
    const error = await t.refusal('students.save', { card: { lastName: 'Мельник', firstName: 42, birthDate: '2015-01-01' } }, session);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.params).toMatchObject({ method: 'students.save', path: 'card.firstName' });
  });

  it('is refused as INVALID_INPUT when a list of documents is not a list', async () => {
    const error = await t.refusal('students.save', { card: { lastName: 'Мельник', firstName: 'Іван', birthDate: '', documents: 'I-БК 123456' } }, session);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', params: { path: 'card.documents' } });
  });

  it('is refused as INVALID_INPUT when an id is not a UUID', async () => {
    expect(await t.refusal('students.get', { id: '1; DROP TABLE students' }, session)).toMatchObject({ code: 'INVALID_INPUT', params: { path: 'id' } });
  });

  it('is refused as INVALID_INPUT when the input is not an object', async () => {
    expect((await t.refusal('students.list', 'everything', session)).code).toBe('INVALID_INPUT');
  });
});
