import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveManifestSchema, type ArchiveManifest } from '../../../core/archive/archive-manifest';
import { openFinishedYearOffice } from '../../fixtures/archive/finished-year-office';
import { makeTestCertificate, signerName, type TestCertificate } from '../../fixtures/archive/test-certificate';
import { pdfsig } from '../../fixtures/print/pdf-signature';
import { pagesText } from '../../fixtures/print/pdf-text';
import { startServerProcess, type ServerProcess } from '../../fixtures/sync/server-process';

const root = resolve(import.meta.dirname, '../../..');

/** `npm run office -- …` with the certificate's passphrase in the environment only, as DESIGN §2 says. */
function office(args: string[], passphrase?: string) {
  const env = { ...process.env, SCHOOL_OFFICE_P12_PASSPHRASE: passphrase };
  if (passphrase === undefined) delete env.SCHOOL_OFFICE_P12_PASSPHRASE;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/office/cli.ts', ...args], { cwd: root, encoding: 'utf8', env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run office -- archive', { timeout: 300_000 }, () => {
  let dataDir: string;
  let work: string;
  let certificate: TestCertificate;
  let p12File: string;
  let out: string;
  let manifest: ArchiveManifest;
  let server: ServerProcess;
  let serverDir: string;

  beforeAll(async () => {
    const school = await openFinishedYearOffice();
    school.office.backend.close();
    dataDir = school.office.dataDir;
    work = mkdtempSync(join(tmpdir(), 'school-office-archive-'));
    certificate = makeTestCertificate(work);
    p12File = join(work, 'director.p12');
    writeFileSync(p12File, certificate.p12);
    serverDir = mkdtempSync(join(tmpdir(), 'school-office-central-'));
    server = await startServerProcess(serverDir);
    out = join(work, 'archive-2025-2026');
    const run = office(['archive', '--data-dir', dataDir, '--year', '2025/2026', '--out', out, '--sign', p12File], certificate.passphrase);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    manifest = archiveManifestSchema.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
  });

  afterAll(async () => {
    await server.kill();
    for (const dir of [dataDir, work, serverDir]) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the package into --out and prints that folder last, acting as the school’s director account', () => {
    expect(manifest.year).toBe('2025/2026');
    expect(manifest.printedBy).toBe('Гончаренко Ірина Василівна');
    expect(manifest.documents.filter((d) => d.file.endsWith('.pdf')).every((d) => d.signed)).toBe(true);
  });

  it('signs every PDF so that pdfsig finds the signature valid, with the Cyrillic signer name', () => {
    for (const entry of manifest.documents.filter((d) => d.file.endsWith('.pdf'))) {
      const report = pdfsig(readFileSync(join(out, entry.file)));
      expect(report, entry.file).toContain('Signature is Valid');
      expect(report).toContain(signerName);
    }
  });

  it('stamps each page of each PDF, as pdftotext reads it', () => {
    for (const entry of manifest.documents.filter((d) => d.file.endsWith('.pdf'))) {
      pagesText(readFileSync(join(out, entry.file))).forEach((page, i) => {
        expect(page).toContain(`Сторінка ${i + 1} з ${entry.pages}`);
        expect(page).toContain(`Код перевірки: ${entry.verificationCode}`);
      });
    }
  });

  it('refuses --sign without the passphrase in SCHOOL_OFFICE_P12_PASSPHRASE, printing nothing', () => {
    const run = office(['archive', '--data-dir', dataDir, '--year', '2025/2026', '--out', join(work, 'second'), '--sign', p12File]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Error: --sign needs');
  });

  it('refuses a wrong passphrase before printing anything', () => {
    const run = office(['archive', '--data-dir', dataDir, '--year', '2025/2026', '--out', join(work, 'third'), '--sign', p12File], 'not the passphrase');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('CERTIFICATE_PASSPHRASE_WRONG');
    expect(run.stderr).not.toContain('not the passphrase');
  });

  it('acts as the account --as names', () => {
    const run = office(['archive', '--data-dir', dataDir, '--year', '2025/2026', '--out', join(work, 'nobody'), '--as', 'no-such-login']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no active account with the login no-such-login');
  });

  it('after office sync, the central server verifies every code of the package', async () => {
    const run = office(['sync', '--data-dir', dataDir, '--server', server.url, '--token', server.token]);
    expect(run.status).toBe(0);
    for (const entry of manifest.documents) {
      const answer = await fetch(`${server.url}/api/v1/verify/${entry.verificationCode}`);
      expect(answer.status, entry.file).toBe(200);
      expect(await answer.json()).toMatchObject({ code: entry.verificationCode, kind: entry.kind, title: entry.title, pages: entry.pages });
    }
  });
});
