import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CsvError } from '../../../sync-server/registry/csv-records';
import { mirrorAdapter } from '../../../sync-server/registry/mirror-adapter';
import { registryDocument } from '../../../sync-server/registry/registry-adapter';
import { importRegistry } from '../../../sync-server/registry/registry-import';
import { openDatabase, type ServerDb } from '../../../sync-server/storage/database';
import { freshServerDatabase, type TestDatabase } from '../../fixtures/sync-server/test-database';

const header = 'kind,series,number,lastName,firstName,middleName,birthDate,sex,deceased';

let dir: string;
let db: ServerDb;
let database: TestDatabase;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'registry-import-'));
  db = await openDatabase((database = await freshServerDatabase(dir)).location);
});
afterEach(async () => {
  await db.destroy();
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function importText(text: string) {
  const file = join(dir, 'registry.csv');
  writeFileSync(file, text);
  return importRegistry(db, file);
}

describe('registry import', () => {
  it('reads quoted fields holding commas and quotes', async () => {
    await importText(`${header}\npassport,КВ,123456,"Д""Арк, мол.",Іван,,2000-01-01,M,0\n`);
    const found = await mirrorAdapter(db).find([registryDocument('passport', 'КВ', '123456')]);
    expect([...found.values()][0]?.lastName).toBe('Д"Арк, мол.');
  });

  it('accepts a byte order mark and CRLF line ends', async () => {
    const { people } = await importText(`\uFEFF${header}\r\ntax_id,,1759013776,Шевчук,Андрій,,1948-02-28,M,0\r\n`);
    expect(people).toBe(1);
  });

  it('normalises document series as the cards are normalised', async () => {
    await importText(`${header}\nbirth_certificate,і-бк,123456,Коваленко,Олена,,2014-03-12,F,0\n`);
    const found = await mirrorAdapter(db).find([registryDocument('birth_certificate', 'I-БК', '123456')]);
    expect(found.size).toBe(1);
  });

  it('names the line a row with the wrong number of fields is on', async () => {
    await expect(importText(`${header}\ntax_id,,1759013776,Шевчук\n`)).rejects.toThrow(new CsvError(2, 'expected 9 fields, found 4'));
  });

  it('refuses an unknown kind of document', async () => {
    await expect(importText(`${header}\nvisa,,1,А,Б,,2000-01-01,M,0\n`)).rejects.toThrow(/line 2: kind: /);
  });

  it('refuses a birth date that is no day of the calendar', async () => {
    await expect(importText(`${header}\ntax_id,,1759013776,Шевчук,Андрій,,2023-02-29,M,0\n`)).rejects.toThrow(/line 2: birthDate: /);
  });

  it('refuses a surname of spaces only', async () => {
    await expect(importText(`${header}\ntax_id,,1759013776,  ,Андрій,,1948-02-28,M,0\n`)).rejects.toThrow(/line 2: lastName: /);
  });

  it('keeps the previous mirror when a bad row comes after rows already stored into the new one', async () => {
    await importText(`${header}\ntax_id,,1759013776,Шевчук,Андрій,,1948-02-28,M,0\n`);
    // More rows than one batch of either database (10,000 / 30,000), so a batch is being stored when the bad row is read.
    const rows = Array.from({ length: 30_001 }, (_, i) => `passport,КВ,${100_000 + i},Петренко,Іван,,2000-01-01,M,0`);
    await expect(importText(`${header}\n${rows.join('\n')}\npassport,КВ,1,Петренко,Іван,,2000-13-01,M,0\n`)).rejects.toThrow(/line 30003: birthDate: /);
    const found = await mirrorAdapter(db).find([registryDocument('tax_id', undefined, '1759013776'), registryDocument('passport', 'КВ', '100000')]);
    expect([...found.keys()]).toEqual(['tax_id||1759013776']);
  });

  it('replaces the previous mirror', async () => {
    await importText(`${header}\ntax_id,,1759013776,Шевчук,Андрій,,1948-02-28,M,0\n`);
    await importText(`${header}\npin,,10202198254217,Асанова,Айгүл,,1982-02-02,F,0\n`);
    const found = await mirrorAdapter(db).find([registryDocument('tax_id', undefined, '1759013776')]);
    expect(found.size).toBe(0);
  });
});
