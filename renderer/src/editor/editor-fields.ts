import { createContext, useContext } from 'react';
import type { Issue } from '../../../core/schemas/issue';

/** What every input of a card editor needs: its value, how to change it, and the issues about it. */
export interface EditorFields {
  value(path: string): unknown;
  set(path: string, value: unknown): void;
  issuesAt(path: string): Issue[];
}

export const EditorFieldsContext = createContext<EditorFields | null>(null);

export function useEditorFields(): EditorFields {
  const fields = useContext(EditorFieldsContext);
  if (!fields) throw new Error('A card field is rendered outside a card editor');
  return fields;
}
