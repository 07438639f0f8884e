import { cpus, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseResult } from './measure';

function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

/** The table the bench prints: one row a budget, the compared figure and whether it is met. */
export function formatTable(results: readonly CaseResult[]): string {
  const header = ['case', 'what', 'n', 'p50 ms', 'p95 ms', 'max ms', 'figure', 'budget ms', 'result'];
  const rows = results.map((r) => [
    r.name,
    r.title,
    String(r.stats?.n ?? 0),
    ms(r.stats?.p50),
    ms(r.stats?.p95),
    ms(r.stats?.max),
    `${r.figure} ${ms(r.valueMs)}`,
    `< ${r.budgetMs}`,
    r.error ? 'ERROR' : r.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Writes `<dir>/<timestamp>.json` and `<dir>/latest.json`; returns the timestamped path. */
export function writeResults(dir: string, results: readonly CaseResult[], startedAt: Date): string {
  mkdirSync(dir, { recursive: true });
  const cpu = cpus();
  const report = {
    startedAt: startedAt.toISOString(),
    machine: {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpu: cpu[0]?.model ?? 'unknown',
      cores: cpu.length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
    },
    results,
  };
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const path = join(dir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(path, json);
  writeFileSync(join(dir, 'latest.json'), json);
  return path;
}
