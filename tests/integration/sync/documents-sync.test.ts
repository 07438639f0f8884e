import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTwoOfficePcs, type TwoOfficePcs } from '../../fixtures/sync/two-office-pcs';
import { pagesText } from '../../fixtures/print/pdf-text';

/** Printed documents' codes reach the central server at Sync all and verify there (DESIGN §8). */
describe('printed documents and the central server', () => {
  let pcs: TwoOfficePcs;
  let base: string;
  beforeEach(async () => {
    pcs = await openTwoOfficePcs();
    base = pcs.server.url.replace(/\/api\/v1$/, '');
  });
  afterEach(() => pcs.close());

  it('verifies a printout’s code on the real server after Sync all, at the address its QR code and stamp give', async () => {
    const { first } = pcs;
    const printout = await first.call('print.alphabetBook', {});
    const { code } = printout.document;
    expect(pagesText(printout.pdfBase64)[0]).toContain(`${base}/verify/${code}`);
    expect((await fetch(`${base}/api/v1/verify/${code}`)).status).toBe(404);

    const status = await first.syncAll();
    expect(status.unsent).toBe(0);
    const response = await fetch(`${base}/api/v1/verify/${code}`);
    expect(response.status).toBe(200);
    const { id: _id, fileName: _file, signedBy: _signer, signedAt: _signed, reprintOf: _reprint, ...shown } = printout.document;
    expect(await response.json()).toEqual({ ...shown, school: { code: 'A-1001', name: 'School A' } });
    expect(await (await fetch(`${base}/verify/${code}`)).text()).toContain(printout.document.title);
  });

  it('lists on the other office PC what the first printed, which only the first can reprint', async () => {
    const { first, second } = pcs;
    const printout = await first.call('print.alphabetBook', {});
    await first.syncAll();
    await second.syncAll();
    const { documents } = await second.call('documents.list', {});
    expect(documents.map((d) => [d.code, d.title, d.printedBy])).toEqual([[printout.document.code, printout.document.title, printout.document.printedBy]]);
    expect((await second.refusal('documents.reprint', { id: printout.document.id })).code).toBe('DOCUMENT_PRINTED_ELSEWHERE');
  });
});
