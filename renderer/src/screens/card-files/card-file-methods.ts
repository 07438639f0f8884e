import type { MethodOutput } from '../../../../core/api/contract';
import { api } from '../../api/api';

export type CardKind = 'student' | 'staff';
export type ImportResult = MethodOutput<'studentFiles.import'>;

/** The methods of each kind's sheet; the contract gives students and staff permissions of their own. */
export const cardFileMethods = {
  student: { template: 'studentFiles.template', import: 'studentFiles.import', export: 'studentFiles.export' },
  staff: { template: 'staffFiles.template', import: 'staffFiles.import', export: 'staffFiles.export' },
} as const;

export function templateOf(kind: CardKind): Promise<{ fileBase64: string }> {
  return kind === 'student' ? api.call('studentFiles.template', {}) : api.call('staffFiles.template', {});
}

export function importFile(kind: CardKind, fileBase64: string, apply: boolean): Promise<ImportResult> {
  return kind === 'student' ? api.call('studentFiles.import', { fileBase64, apply }) : api.call('staffFiles.import', { fileBase64, apply });
}

export function exportOf(kind: CardKind): Promise<{ fileBase64: string }> {
  return kind === 'student' ? api.call('studentFiles.export', {}) : api.call('staffFiles.export', {});
}
