import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The file of the built renderer that an `app://` request path names, or null when the path leads outside the
 * renderer's folder (`/../…`, an encoded `%2e%2e`, a sibling folder that merely starts with the same name).
 */
export function rendererFile(rendererDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = resolve(rendererDir, `.${decoded}`);
  const inside = relative(rendererDir, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return file;
}
