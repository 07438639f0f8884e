import { cpSync, rmSync } from 'node:fs';
import { createBackend } from '../../../electron/backend/backend';
import { demoAdministrator } from '../../../electron/backend/demo/demo-accounts';
import { makeTestCertificate } from '../../fixtures/archive/test-certificate';
import { call } from '../backend-call';
import { defineBenchCase } from '../bench-case';
import { finishedYearId } from '../finished-year';

/**
 * The whole school's archive, every PDF signed (DESIGN §10: < 30 s): 69 ledgers with their Excel copies, the personal
 * files of the year's graduates and leavers, the load report, the orders register and the alphabet book, of the demo's
 * finished year 2025/2026 (its grades, its year-end orders, its graduates).
 */
export default defineBenchCase({
  name: 'year-archive-signed',
  title: "the whole school's archive (ledgers, personal files, orders, load), signed",
  budgetMs: 30_000,
  figure: 'max',
  warmup: 0,
  iterations: 2,
  async setup(fixtures) {
    const dataDir = fixtures.tempDir('year-archive-signed');
    cpSync(await fixtures.demoJournals(), dataDir, { recursive: true });
    const certificate = makeTestCertificate(fixtures.tempDir('year-archive-certificate'));
    const backend = createBackend({ dataDir });
    const { session } = await call(backend, 'auth.login', { login: demoAdministrator.login, password: demoAdministrator.password }, null);
    return { backend, session, academicYearId: await finishedYearId(backend, session), p12Base64: certificate.p12.toString('base64'), passphrase: certificate.passphrase };
  },
  async iteration({ backend, session, academicYearId, p12Base64, passphrase }) {
    const { manifest, folder } = await call(backend, 'archive.build', { academicYearId, certificate: { p12Base64, passphrase } }, session);
    if (!manifest.documents.some((d) => d.kind === 'class-ledger' && d.signed)) throw new Error('no signed ledger in the archive');
    rmSync(folder, { recursive: true, force: true });
  },
  teardown: ({ backend }) => {
    backend.close();
  },
});
