/** Reading and writing a card by field path (`taxId`, `documents.0.number`): the paths issues and inputs share. */

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

export function getAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with `value` at `path`; only the containers along the path are copied. */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const [key, ...rest] = path.split('.');
  if (key === undefined) return root;
  const base: Container = isContainer(root) ? root : /^\d+$/.test(key) ? [] : {};
  const copy: Container = Array.isArray(base) ? [...base] : { ...base };
  const child = (base as Record<string, unknown>)[key];
  (copy as Record<string, unknown>)[key] = rest.length === 0 ? value : setAt(child, rest.join('.'), value);
  return copy as T;
}

/** The element id of the input for a field path. */
export function fieldElementId(path: string): string {
  return `field-${path.replaceAll('.', '-')}`;
}
