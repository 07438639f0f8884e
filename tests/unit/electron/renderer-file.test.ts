import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererFile } from '../../../electron/main/renderer-file';

const dir = resolve('/opt/school-office/dist/renderer');

describe("the renderer's files behind app://", () => {
  it('serves index.html for the root', () => {
    expect(rendererFile(dir, '/')).toBe(join(dir, 'index.html'));
  });

  it('serves a file of the build', () => {
    expect(rendererFile(dir, '/assets/index-abc.js')).toBe(join(dir, 'assets', 'index-abc.js'));
  });

  it('refuses a sibling folder whose name starts with the same text', () => {
    expect(rendererFile(dir, '/../renderer-secrets/key.txt')).toBeNull();
    expect(rendererFile(dir, '/%2e%2e/renderer-secrets/key.txt')).toBeNull();
  });

  it('refuses a path leading out of the folder', () => {
    expect(rendererFile(dir, '/../../../../etc/passwd')).toBeNull();
    expect(rendererFile(dir, '/%2e%2e%2f%2e%2e%2fschool-office.sqlite')).toBeNull();
  });

  it('refuses the folder itself, a broken escape and a NUL byte', () => {
    expect(rendererFile(dir, '/.')).toBeNull();
    expect(rendererFile(dir, '/%E0%A4%A')).toBeNull();
    expect(rendererFile(dir, '/index.html%00.js')).toBeNull();
  });
});
