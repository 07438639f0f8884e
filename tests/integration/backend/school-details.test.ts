import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOffice, type Office } from '../../fixtures/office';
import { pagesText } from '../../fixtures/print/pdf-text';

/** The school's own details are edited after setup by whoever may administer the school (issue 14, item 21). */
describe('the school’s details', () => {
  let office: Office;
  beforeEach(async () => {
    office = await openOffice();
  });
  afterEach(() => office.dispose());

  const current = async () => (await office.call('school.get', {})).school;

  it('saves a new name, address and director, and every later printout names them', async () => {
    const school = await current();
    const changed = { ...school, name: 'Ліцей № 5', address: { ...school.address, street: 'вул. Шкільна' }, director: 'Петренко Іван Іванович' };
    await office.call('school.update', { school: changed });
    expect(await current()).toMatchObject({ name: 'Ліцей № 5', address: { street: 'вул. Шкільна' }, director: 'Петренко Іван Іванович' });
    const [page] = pagesText((await office.call('print.alphabetBook', {})).pdfBase64);
    expect(page).toContain('Ліцей № 5');
    expect(page).toContain('Петренко Іван Іванович');
  });

  it('refuses an EDRPOU that is not 8 digits, naming the field, and keeps the old one', async () => {
    const school = await current();
    const error = await office.refusal('school.update', { school: { ...school, code: '1234567' } });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', params: { path: 'school.code' } });
    expect((await current()).code).toBe(school.code);
  });

  it('refuses a school without its director and an unknown time zone', async () => {
    const school = await current();
    expect((await office.refusal('school.update', { school: { ...school, director: ' ' } })).params).toMatchObject({ path: 'school.director' });
    expect((await office.refusal('school.update', { school: { ...school, timeZone: 'Europe/Atlantis' } })).params).toMatchObject({ path: 'school.timeZone' });
  });

  it('records each changed field in the audit log', async () => {
    const school = await current();
    await office.call('school.update', { school: { ...school, code: '87654321' } });
    const schoolId = (office.backend.db.prepare('SELECT id FROM school').get() as { id: string }).id;
    const { entries } = await office.call('audit.history', { entity: 'school', id: schoolId });
    expect(entries.at(-1)?.changes).toEqual([{ field: 'code', before: school.code, after: '87654321' }]);
  });
});
