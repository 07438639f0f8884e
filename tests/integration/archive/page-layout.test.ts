import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentContent, DocumentLanguage } from '../../../core/archive/document-content';
import { layOutDocument, type PageStamp } from '../../../electron/backend/print/pdf-layout';
import { pagesText } from '../../fixtures/print/pdf-text';

const fontsDir = join(resolve(import.meta.dirname, '../../..'), 'resources', 'fonts');
const stamp: PageStamp = { printedAt: '2026-06-19 10:00', printedBy: 'Савченко Олена Петрівна', code: 'ABCD-EFGH-JKMN-PQRS', verifyUrl: null };
const printedAt = new Date('2026-06-19T07:00:00Z');

function document(rows: number, language: DocumentLanguage = 'uk'): DocumentContent {
  return {
    kind: 'class-list',
    language,
    title: 'Список',
    school: { code: '12345678', name: 'Ліцей № 7' },
    blocks: [
      { type: 'text', text: 'Список', bold: true },
      { type: 'table', columns: [{ header: '№', width: 0.2 }, { header: 'Учень', width: 0.8 }], rows: Array.from({ length: rows }, (_, i) => [String(i + 1), `Учень${i + 1}`]) },
      { type: 'signature', role: 'Директор', name: 'Савченко Олена Петрівна' },
    ],
  };
}

async function pagesOf(content: DocumentContent): Promise<string[]> {
  const { doc } = await layOutDocument(fontsDir, content, stamp, printedAt);
  return pagesText(await doc.save());
}

describe('the page layout', () => {
  it('never leaves the signature block alone on a page: the last rows move with it, under a repeated header', async () => {
    // Row counts around the first page's capacity: one of them would otherwise leave the signature alone.
    for (let rows = 26; rows <= 36; rows++) {
      const pages = await pagesOf(document(rows));
      const last = pages.at(-1) ?? '';
      expect(last, `${rows} rows`).toContain('Директор');
      expect(last, `${rows} rows`).toContain(`Учень${rows}\n`);
      expect(last, `${rows} rows`).toContain(`Учень${rows - 1}\n`);
      if (pages.length > 1) expect(last, `${rows} rows`).toContain('Учень\n');
    }
  });

  it('keeps the text of a document laid out after another whose letters are built of its own (Й of И and a breve)', async () => {
    const withText = (text: string): DocumentContent => ({ ...document(1), blocks: [{ type: 'text', text }] });
    await pagesOf(withText('ЙОГО'));
    const [page] = await pagesOf(withText('ИВАН'));
    expect(page).toContain('ИВАН');
  });

  it('repeats the table header on every page a table continues on', async () => {
    const pages = await pagesOf(document(120));
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) expect(page).toMatch(/№\s+Учень\s/);
  });

  it.each([
    ['uk', 'Сторінка 2 з 2', 'Надруковано: 2026-06-19 10:00', 'Код перевірки: ABCD-EFGH-JKMN-PQRS'],
    ['ru', 'Страница 2 из 2', 'Напечатано: 2026-06-19 10:00', 'Код проверки: ABCD-EFGH-JKMN-PQRS'],
    ['ky', '2-бет / 2', 'Басылып чыккан: 2026-06-19 10:00', 'Текшерүү коду: ABCD-EFGH-JKMN-PQRS'],
  ] as const)('stamps the pages in the document’s language (%s)', async (language, page, printed, code) => {
    const pages = await pagesOf(document(40, language));
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain(page);
    expect(pages[1]).toContain(printed);
    expect(pages[1]).toContain(code);
  });

  it('draws the QR code as vector rectangles, with no image in the file', async () => {
    const { doc } = await layOutDocument(fontsDir, document(1), stamp, printedAt);
    const bytes = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
    expect(bytes).not.toContain('/Subtype /Image');
  });
});
