import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiContract } from '../../../core/api/contract';
import { handlerGroups } from '../../../electron/backend/handler-table';

const root = resolve(import.meta.dirname, '../../..');

function handlerFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return handlerFiles(path);
    return entry.name.endsWith('-handlers.ts') ? [path] : [];
  });
}

describe('the contract is the one list of methods', () => {
  it('gives every contract method exactly one handler', () => {
    const implemented = handlerGroups.flatMap((group) => Object.keys(group.handlers));
    expect([...implemented].sort()).toEqual(Object.keys(apiContract).sort());
    expect(new Set(implemented).size).toBe(implemented.length);
  });

  it('has no handler without a contract method in its own group', () => {
    for (const group of handlerGroups) expect(Object.keys(group.handlers).sort()).toEqual(Object.keys(group.api).sort());
  });

  it('declares a permission for every method', () => {
    for (const [name, contract] of Object.entries(apiContract)) expect(contract.permission, name).toMatch(/^[a-z]+(\.[a-z]+)?$/);
  });

  it('pairs each backend feature folder with one contract file of its own', () => {
    const contractOf = new Map<string, string>();
    for (const file of handlerFiles(join(root, 'electron/backend'))) {
      const apis = [...readFileSync(file, 'utf8').matchAll(/from '[./]+core\/api\/([\w-]+-api)'/g)].map((m) => m[1]);
      expect(apis, file).toHaveLength(1);
      const api = apis[0] ?? '';
      expect(contractOf.has(api), `${api} is implemented by two folders`).toBe(false);
      contractOf.set(api, file);
    }
    const contractFiles = readdirSync(join(root, 'core/api')).filter((f) => f.endsWith('-api.ts')).map((f) => f.replace(/\.ts$/, ''));
    expect([...contractOf.keys()].sort()).toEqual(contractFiles.sort());
  });
});
