import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../core/api/contract';
import { archiveManifestSchema } from '../../../core/archive/archive-manifest';
import { openFinishedYearOffice, type FinishedYearOffice } from '../../fixtures/archive/finished-year-office';
import { testAdmin } from '../../fixtures/backend/school';
import { pagesText } from '../../fixtures/print/pdf-text';

/** The year's archive package (DESIGN §8, "by 30 June"), built by `archive.build` over a finished year. */
describe('archive.build', { timeout: 180_000 }, () => {
  let school: FinishedYearOffice;
  let built: MethodOutput<'archive.build'>;
  beforeAll(async () => {
    school = await openFinishedYearOffice();
    built = await school.office.call('archive.build', { academicYearId: school.yearId });
  });
  afterAll(() => school.office.dispose());

  it('writes manifest.json in the shape DESIGN §8 lists, naming the school, the year and the printing user', () => {
    const manifest = archiveManifestSchema.strict().parse(JSON.parse(readFileSync(join(built.folder, 'manifest.json'), 'utf8')));
    expect(manifest).toEqual(built.manifest);
    expect(manifest).toMatchObject({ school: { code: '12345678', name: 'Ліцей № 7 м. Полтави' }, year: '2025/2026', printedBy: testAdmin.fullName });
    for (const entry of manifest.documents) expect(Object.keys(entry).sort()).toEqual(['file', 'kind', 'pages', 'sha256', 'signed', 'title', 'verificationCode']);
  });

  it("holds every class's ledger (PDF and Excel), the graduates' and the leaver's personal files, the load report, the orders register and the alphabet book", () => {
    const kinds = built.manifest.documents.map((d) => `${d.kind} ${d.file.split('.').at(-1)}`);
    expect(kinds.sort()).toEqual([
      'alphabet-book pdf',
      'class-ledger pdf',
      'class-ledger pdf',
      'class-ledger xlsx',
      'class-ledger xlsx',
      'orders-register pdf',
      'personal-file pdf',
      'personal-file pdf',
      'personal-file pdf',
      'teaching-load pdf',
    ]);
    const personalFiles = built.manifest.documents.filter((d) => d.kind === 'personal-file').map((d) => d.title);
    for (const name of ['Бондар', 'Коваль', 'Яковенко']) expect(personalFiles.some((t) => t.includes(name))).toBe(true);
    expect(personalFiles.some((t) => t.includes('Мельник') || t.includes('Гнатюк'))).toBe(false);
  });

  it("lists exactly the folder's files, each with the SHA-256 of its bytes", () => {
    expect(readdirSync(built.folder).sort()).toEqual([...built.manifest.documents.map((d) => d.file), 'manifest.json'].sort());
    for (const entry of built.manifest.documents) {
      expect(createHash('sha256').update(readFileSync(join(built.folder, entry.file))).digest('hex')).toBe(entry.sha256);
    }
  });

  it('stamps every page of every PDF with its page number and verification code, each code in the register', async () => {
    const { documents } = await school.office.call('documents.list', {});
    for (const entry of built.manifest.documents.filter((d) => d.file.endsWith('.pdf'))) {
      const pages = pagesText(readFileSync(join(built.folder, entry.file)));
      expect(pages).toHaveLength(entry.pages);
      pages.forEach((page, i) => {
        expect(page).toContain(`Сторінка ${i + 1} з ${entry.pages}`);
        expect(page).toContain(`Код перевірки: ${entry.verificationCode}`);
      });
      expect(documents.some((d) => d.code === entry.verificationCode && d.kind === entry.kind)).toBe(true);
    }
  });

  it('is refused to a secretary, who prints documents but does not build the archive', async () => {
    const { user } = await school.office.call('auth.me', {});
    await school.office.call('users.update', { id: user.id, fullName: user.fullName, roles: ['administrator', 'secretary'], staffId: null });
    expect(await school.office.refusal('archive.build', { academicYearId: school.yearId })).toMatchObject({ code: 'FORBIDDEN' });
  });
});
