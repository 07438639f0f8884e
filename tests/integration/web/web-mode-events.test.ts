import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { progressEventSchema, type ProgressEvent } from '../../../core/api/progress';
import { startWebServer, type WebServer } from '../../../electron/web/web-server';
import { openOffice, type Office } from '../../fixtures/office';

/** Reads server-sent progress events until `until` says the one it waits for has come. */
async function readEvents(response: Response, until: (event: ProgressEvent) => boolean): Promise<ProgressEvent[]> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const heard: ProgressEvent[] = [];
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return heard;
    buffered += decoder.decode(value, { stream: true });
    const blocks = buffered.split('\n\n');
    buffered = blocks.pop() ?? '';
    for (const block of blocks) {
      const data = block.split('\n').find((line) => line.startsWith('data: '));
      if (!data) continue;
      const event = progressEventSchema.parse(JSON.parse(data.slice('data: '.length)));
      heard.push(event);
      if (until(event)) {
        await reader.cancel();
        return heard;
      }
    }
  }
}

describe("web mode's progress events", () => {
  let office: Office;
  let server: WebServer;
  beforeEach(async () => {
    office = await openOffice();
    await office.createClass({ academicYear: '2025/2026', grade: 11, label: '11-А' });
    server = await startWebServer({ target: office.backend, staticDir: office.dataDir });
  });
  afterEach(async () => {
    await server.close();
    office.dispose();
  });

  const base = () => `http://127.0.0.1:${server.port}`;

  it('refuses the event stream without the run token', async () => {
    const response = await fetch(`${base()}/api/events`);
    expect(response.status).toBe(401);
  });

  it("streams a year-end's phases to a page holding the run token", async () => {
    const events = await fetch(`${base()}/api/events`, { headers: { Authorization: `Bearer ${server.token}` } });
    expect(events.headers.get('content-type')).toContain('text/event-stream');
    const heard = readEvents(events, (e) => e.job === 'yearEnd.apply' && (e.phase === 'done' || e.phase === 'failed'));
    const invoke = await fetch(`${base()}/api/invoke`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ method: 'yearEnd.apply', input: { choices: { date: '2026-06-19' } }, session: office.session }),
    });
    expect(invoke.status).toBe(200);
    const phases = (await heard).map((e) => e.phase);
    expect(phases[0]).toBe('backup');
    expect(phases).toContain('transition');
    expect(phases.at(-1)).toBe('done');
  });

  it('closes with event streams still open', async () => {
    const events = await fetch(`${base()}/api/events`, { headers: { Authorization: `Bearer ${server.token}` } });
    expect(events.status).toBe(200);
    await server.close();
    server = await startWebServer({ target: office.backend, staticDir: office.dataDir });
  });
});
