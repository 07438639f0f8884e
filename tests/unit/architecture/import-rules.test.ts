import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** DESIGN.md §1: dependencies point one way; only electron/main and electron/preload import Electron. */
const root = resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] as string,
  );
}

/** The project folder an import lands in, or the package name for a bare import. */
function target(file: string, spec: string): string {
  if (spec.startsWith('.')) return relative(root, resolve(root, dirname(file), spec));
  if (spec.startsWith('node:')) return 'node:';
  const segments = spec.split('/');
  return spec.startsWith('@') ? segments.slice(0, 2).join('/') : (segments[0] ?? spec);
}

function violations(dir: string, forbidden: (t: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) => importsOf(file).filter((spec) => forbidden(target(file, spec))).map((spec) => `${file} → ${spec}`));
}

const nodeBuiltins = new Set(['node:', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib']);

describe('import rules', () => {
  it('keeps core free of our other folders and of Node, DOM and Electron packages', () => {
    const allowed = (t: string) => t.startsWith('core/') || t === 'zod';
    expect(violations('core', (t) => !allowed(t))).toEqual([]);
  });

  it('lets the renderer reach only core among our folders', () => {
    expect(violations('renderer', (t) => /^(electron|sync-server)(\/|$)/.test(t) || nodeBuiltins.has(t) || t === 'better-sqlite3')).toEqual([]);
  });

  it('keeps the server independent of the desktop', () => {
    expect(violations('sync-server', (t) => /^(electron|renderer)(\/|$)/.test(t))).toEqual([]);
  });

  it('keeps the backend plain Node, unaware of Electron and of the transports', () => {
    expect(violations('electron/backend', (t) => t === 'electron' || /^(renderer|sync-server|electron\/(main|preload|web))(\/|$)/.test(t))).toEqual([]);
  });

  it("imports 'electron' only from electron/main and electron/preload", () => {
    const offenders = ['core', 'renderer', 'sync-server', 'electron/backend', 'electron/web'].flatMap((dir) => violations(dir, (t) => t === 'electron'));
    expect(offenders).toEqual([]);
  });
});
