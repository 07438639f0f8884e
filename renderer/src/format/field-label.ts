import { textOf } from '../i18n/i18n';

const listGroups: Record<string, string> = { documents: 'document', guardians: 'guardian' };
const addressGroups = new Set(['registeredAddress', 'actualAddress', 'address']);

/** A human name for a field path: `documents.0.number` → "Документ 1: Номер". */
export function fieldLabel(path: string): string {
  const [head = '', second, third] = path.split('.');
  const item = listGroups[head];
  if (item) {
    if (second === undefined) return textOf(`fields.groups.${head}`, head);
    const itemLabel = textOf(`fields.${item}.item`, path, { n: Number(second) + 1 });
    return third === undefined ? itemLabel : `${itemLabel}: ${textOf(`fields.${item}.${third}`, third)}`;
  }
  if (addressGroups.has(head)) {
    const group = textOf(`fields.groups.${head}`, head);
    return second === undefined ? group : `${group}: ${textOf(`fields.address.${second}`, second)}`;
  }
  return textOf(`fields.${path}`, textOf(`fields.groups.${path}`, path));
}
