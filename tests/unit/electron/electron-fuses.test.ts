import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/** The `electronFuses:` block of electron-builder.yml as name → value (a flat block of `  name: true|false`). */
function fuses(): Record<string, boolean> {
  const lines = readFileSync(resolve(root, 'electron-builder.yml'), 'utf8').split('\n');
  const start = lines.indexOf('electronFuses:');
  expect(start, 'electron-builder.yml has an electronFuses block').toBeGreaterThanOrEqual(0);
  const block: Record<string, boolean> = {};
  for (const line of lines.slice(start + 1)) {
    const entry = /^ {2}(\w+): (true|false)$/.exec(line);
    if (!entry) break;
    block[entry[1] as string] = entry[2] === 'true';
  }
  return block;
}

describe('the Electron fuses of the installers', () => {
  it('sets each fuse the hardening asks for', () => {
    expect(fuses()).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it("names only options electron-builder's schema knows", () => {
    const scheme = JSON.parse(readFileSync(resolve(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    expect(Object.keys(fuses()).filter((name) => !known.includes(name))).toEqual([]);
  });
});
