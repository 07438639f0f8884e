import { randomBytes, randomUUID } from 'node:crypto';
import { Agent, get } from 'node:http';
import { codeOfDigest, documentIdOfCode } from '../../../core/archive/verification-code';
import { startServer, type Harness } from '../../fixtures/sync-server/server-harness';
import { defineBenchCase } from '../bench-case';

/** Documents the server holds before the lookups: a large district's year of archives. */
const registered = 20_000;
/** The push's batch limit (DESIGN §7: at most 5,000 changes). */
const batch = 5_000;

/**
 * `GET /api/v1/verify/CODE` on the real server over HTTP, with 20,000 registered documents (DESIGN §10: < 5 ms): what a
 * person's scan of a QR code costs. The rate limit is raised for the run: it counts lookups per address per minute.
 * The lookups go through node:http with a kept-alive connection, as a browser keeps one: fetch's own client work in
 * this same process doubled the median and most of the tail, and is not the server's answer.
 */
export default defineBenchCase({
  name: 'verify-lookup',
  title: 'a verification lookup',
  budgetMs: 5,
  figure: 'p95',
  warmup: 50,
  iterations: 500,
  async setup(): Promise<{ server: Harness; codes: string[]; agent: Agent }> {
    const server = await startServer({ verifyRateLimitPerMinute: 1_000_000 });
    const codes = Array.from({ length: registered }, () => codeOfDigest(randomBytes(32)));
    for (let from = 0; from < codes.length; from += batch) {
      const changes = codes.slice(from, from + batch).map((code) => ({
        type: 'document',
        id: documentIdOfCode(code),
        baseRev: null,
        data: { code, kind: 'class-ledger', title: 'Зведена відомість навчальних досягнень учнів 5-А класу', pages: 2, printedAt: '2026-06-20 10:00', printedBy: 'Савченко Олена Петрівна', sha256: 'a'.repeat(64) },
      }));
      const response = await fetch(`${server.url}/sync/push`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.tokenA}`, 'X-Device-Id': 'bench-pc', 'Content-Type': 'application/json' },
        body: JSON.stringify({ batchId: randomUUID(), changes }),
      });
      if (!response.ok) throw new Error(`push refused: ${response.status} ${await response.text()}`);
    }
    return { server, codes, agent: new Agent({ keepAlive: true, maxSockets: 1 }) };
  },
  async iteration({ server, codes, agent }, index) {
    const code = codes[(index * 7919) % codes.length] ?? '';
    await new Promise<void>((resolve, reject) => {
      get(`${server.url}/verify/${code}`, { agent }, (response) => {
        if (response.statusCode !== 200) reject(new Error(`verify answered ${response.statusCode}`));
        response.resume();
        response.on('end', resolve);
      }).on('error', reject);
    });
  },
  teardown: async ({ server, agent }) => {
    agent.destroy();
    await server.close();
  },
});
