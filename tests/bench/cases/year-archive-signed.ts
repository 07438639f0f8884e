import { cpSync, rmSync } from 'node:fs';
import { createBackend } from '../../../electron/backend/backend';
import { demoAdministrator } from '../../../electron/backend/demo/demo-accounts';
import { makeTestCertificate } from '../../fixtures/archive/test-certificate';
import { call } from '../backend-call';
import { defineBenchCase } from '../bench-case';

/**
 * The whole school's archive, every PDF signed (DESIGN §10: < 30 s): 70 ledgers with their Excel copies, the personal
 * files of the year's graduates and leavers, the load report, the orders register and the alphabet book. The demo has
 * no finished year in this branch, so the package is of its current year (no year grades or year-end orders yet; the
 * documents are laid out and signed all the same).
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
    cpSync(await fixtures.demoSchool(), dataDir, { recursive: true });
    const certificate = makeTestCertificate(fixtures.tempDir('year-archive-certificate'));
    const backend = createBackend({ dataDir });
    const { session } = await call(backend, 'auth.login', { login: demoAdministrator.login, password: demoAdministrator.password }, null);
    const { years } = await call(backend, 'academicYears.list', {}, session);
    const year = years.find((y) => y.current) ?? years.at(-1);
    if (!year) throw new Error('the demo school has no academic year');
    return { backend, session, academicYearId: year.id, p12Base64: certificate.p12.toString('base64'), passphrase: certificate.passphrase };
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
