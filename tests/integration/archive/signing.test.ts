import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectiveGrants, mayCallWith, type Permission, type Role } from '../../../core/auth/permissions';

const can = (role: Role, permission: Permission) => mayCallWith(effectiveGrants([role]), permission, false);
import { signPdf } from '../../../electron/backend/archive/pdf-signer';
import { makeTestCertificate, type TestCertificate } from '../../fixtures/archive/test-certificate';
import { student } from '../../fixtures/backend/cards';
import { openOffice, type Office } from '../../fixtures/office';
import { pagesText } from '../../fixtures/print/pdf-text';
import { embeddedSignature, pdfsig } from '../../fixtures/print/pdf-signature';

const at = new Date('2025-11-20T10:30:00Z');
const details = { reason: 'Затверджую', signerName: 'Савченко Олена Петрівна', at };

/** The director's PAdES B-B signature (DESIGN §8), checked by poppler's pdfsig with Cyrillic-named test certificates. */
describe('signing printouts', () => {
  let certDir: string;
  let modern: TestCertificate;
  let legacy: TestCertificate;
  let t: Office;
  let printout: { pdf: Uint8Array; id: string; code: string };

  beforeAll(() => {
    certDir = mkdtempSync(join(tmpdir(), 'school-office-certs-'));
    modern = makeTestCertificate(certDir);
    legacy = makeTestCertificate(certDir, { legacy: true });
  });
  afterAll(() => rmSync(certDir, { recursive: true, force: true }));

  beforeEach(async () => {
    t = await openOffice();
    const classId = (await t.createClass({ academicYear: '2025/2026', grade: 5, label: '5-А' })).id;
    await t.call('students.save', { card: student('Бойко', 'Ірина', 'Олегівна', '500001'), classId });
    const { orders } = await t.call('orders.list', {});
    const printed = await t.call('print.order', { id: orders[0]?.id ?? '' });
    printout = { pdf: Buffer.from(printed.pdfBase64, 'base64'), id: printed.document.id, code: printed.document.code };
  });
  afterEach(() => t.dispose());

  it('makes a signature pdfsig finds valid, naming the Cyrillic signer, with an openssl 3 default (PBES2/AES) PKCS#12', async () => {
    const report = pdfsig(await signPdf(printout.pdf, modern.p12, modern.passphrase, details));
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain(`Signer Certificate Common Name: ${modern.signerName}`);
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Total document signed');
  });

  it('reads a legacy 3DES PKCS#12 as well', async () => {
    expect(pdfsig(await signPdf(printout.pdf, legacy.p12, legacy.passphrase, details))).toContain('Signature is Valid.');
  });

  it('is broken by one changed byte of the signed document', async () => {
    const signed = Buffer.from(await signPdf(printout.pdf, modern.p12, modern.passphrase, details));
    const at_ = signed.indexOf('stream') + 20;
    signed[at_] = (signed[at_] ?? 0) ^ 0xff;
    const report = pdfsig(signed);
    expect(report).not.toContain('Signature is Valid.');
    expect(report).toMatch(/Signature is Invalid|Digest Mismatch/);
  });

  it('carries exactly the PAdES B-B signed attributes, no signing-time, and the time in the dictionary’s /M', async () => {
    const signed = await signPdf(printout.pdf, modern.p12, modern.passphrase, details);
    const signerInfo = embeddedSignature(signed).signerInfos[0];
    expect(signerInfo?.signedAttrs?.attributes.map((a) => a.type)).toEqual(['1.2.840.113549.1.9.3', '1.2.840.113549.1.9.4', '1.2.840.113549.1.9.16.2.47']);
    const text = Buffer.from(signed).toString('latin1');
    expect(text).toContain('/SubFilter /ETSI.CAdES.detached');
    expect(text).toMatch(/\/M \(D:20251120103000Z/);
  });

  it('refuses a wrong passphrase and a file that is not PKCS#12, saying which', async () => {
    await expect(signPdf(printout.pdf, modern.p12, 'не той пароль', details)).rejects.toMatchObject({ code: 'CERTIFICATE_PASSPHRASE_WRONG' });
    await expect(signPdf(printout.pdf, Buffer.from('not a certificate'), modern.passphrase, details)).rejects.toMatchObject({ code: 'CERTIFICATE_UNREADABLE' });
  });

  it('signs a registered document in the app: same code and pages, a visible signature note, the register names the signer', async () => {
    t.clock.now = new Date(t.clock.now.getTime() + 10 * 60_000);
    const signed = await t.call('documents.sign', { id: printout.id, certificate: { p12Base64: modern.p12.toString('base64'), passphrase: modern.passphrase } });
    const pdf = Buffer.from(signed.pdfBase64, 'base64');
    expect(pdfsig(pdf)).toContain('Signature is Valid.');
    const pages = pagesText(pdf);
    expect(pages).toHaveLength(signed.document.pages);
    expect(pages.at(-1)).toContain(`Підписано електронним підписом: ${modern.signerName}, 2025-11-20 12:10`);
    expect(pages.at(-1)).toContain(`Код перевірки: ${printout.code}`);
    expect(signed.document).toMatchObject({ id: printout.id, code: printout.code, signedBy: modern.signerName, signedAt: '2025-11-20 12:10' });
    expect((await t.call('documents.list', {})).documents[0]?.signedBy).toBe(modern.signerName);
  });

  it('keeps nothing of the certificate or its passphrase: not in the database, not in the log', async () => {
    const log = vi.spyOn(console, 'error');
    const certificate = { p12Base64: modern.p12.toString('base64'), passphrase: modern.passphrase };
    await t.call('documents.sign', { id: printout.id, certificate });
    await t.refusal('documents.sign', { id: printout.id, certificate: { ...certificate, passphrase: `${modern.passphrase}!` } });
    t.backend.db.pragma('wal_checkpoint(TRUNCATE)');
    const database = readFileSync(join(t.dataDir, 'school-office.sqlite'));
    expect(database.includes(Buffer.from(modern.passphrase, 'utf8'))).toBe(false);
    expect(database.includes(modern.p12.subarray(100, 140))).toBe(false);
    expect(JSON.stringify(log.mock.calls)).not.toContain(modern.passphrase);
    log.mockRestore();
  });

  it('answers CERTIFICATE_PASSPHRASE_WRONG to a wrong passphrase and leaves the register unsigned', async () => {
    const error = await t.refusal('documents.sign', { id: printout.id, certificate: { p12Base64: modern.p12.toString('base64'), passphrase: 'wrong' } });
    expect(error).toEqual({ code: 'CERTIFICATE_PASSPHRASE_WRONG' });
    expect((await t.call('documents.list', {})).documents[0]?.signedBy).toBeNull();
  });

  it('lets the director sign and not the deputy or the secretary, who may print (DESIGN §9)', () => {
    expect(can('director', 'documents.sign')).toBe(true);
    expect(can('deputy', 'documents.sign') || can('secretary', 'documents.sign')).toBe(false);
    expect(can('deputy', 'documents.print') && can('secretary', 'documents.print')).toBe(true);
  });
});
