import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOffice, type Office } from '../../fixtures/office';

describe('a malformed call', () => {
  let office: Office;
  beforeEach(async () => {
    office = await openOffice();
  });
  afterEach(() => office.dispose());

  it('is refused as UNKNOWN_METHOD when the method does not exist', async () => {
    expect(await office.refusal('students.drop', {})).toEqual({ code: 'UNKNOWN_METHOD', params: { method: 'students.drop' } });
  });

  it('is refused as INVALID_INPUT naming the path of the wrong field', async () => {
    const error = await office.refusal('students.save', { card: { lastName: 'Мельник', firstName: 42, birthDate: '2015-01-01' } });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.params).toMatchObject({ method: 'students.save', path: 'card.firstName' });
  });

  it('is refused as INVALID_INPUT when a list of documents is not a list', async () => {
    const error = await office.refusal('students.save', { card: { lastName: 'Мельник', firstName: 'Іван', birthDate: '', documents: 'I-БК 123456' } });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', params: { path: 'card.documents' } });
  });

  it('is refused as INVALID_INPUT when an id is not a UUID', async () => {
    expect(await office.refusal('students.get', { id: '1; DROP TABLE students' })).toMatchObject({ code: 'INVALID_INPUT', params: { path: 'id' } });
  });

  it('is refused as INVALID_INPUT when the input is not an object', async () => {
    expect((await office.refusal('students.list', 'everything')).code).toBe('INVALID_INPUT');
  });
});
