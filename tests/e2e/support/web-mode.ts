import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from '@playwright/test';

const root = resolve(import.meta.dirname, '../../..');

/**
 * How long web mode may take to print its address. The demo profile seeds the school on its first run, cards and the
 * current year's journals (~180,000 marks): on this shared 2-core machine at load average 15–20 that took from one
 * to over two and a half minutes, so the hook that starts it gets that long too.
 */
const startTimeout = { school: 60_000, demo: 240_000 } as const;

export interface RunningApp {
  /** The address with the run token, as `npm start` prints it. */
  url: string;
  dataDir: string;
  /** The local central server of the demo profile (`…/api/v1` is below it), as web mode prints it; null without one. */
  centralUrl: string | null;
  stop(): Promise<void>;
}

/** Starts web mode exactly as a user would (`electron/web/serve.ts`), on a fresh data folder and a random port. */
export async function startWebMode(profile: 'school' | 'demo' = 'school'): Promise<RunningApp> {
  test.setTimeout(startTimeout[profile] + 30_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'school-office-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/web/serve.ts', '--profile', profile, '--data-dir', dataDir, '--port', '0'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    // The demo profile generates the demo school on its first start: on a loaded machine that can take minutes.
    const timer = setTimeout(() => reject(new Error(`web mode did not start:\n${output}`)), startTimeout[profile]);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web mode exited with ${code}:\n${output}`));
    });
  });
  const central = /Central server \(local, demo registry\): (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
  return {
    url,
    dataDir,
    centralUrl: central?.[1] ?? null,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
