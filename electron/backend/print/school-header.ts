import type { DocumentBlock, DocumentContent, DocumentLanguage } from '../../../core/archive/document-content';
import type { School } from '../../../core/schemas/school';

/** The language of a school's documents: Ukrainian in Ukraine; in Kyrgyzstan the language of instruction, Russian by default. */
export function documentLanguage(school: School): DocumentLanguage {
  return school.country === 'KG' ? (school.instructionLanguage ?? 'ru') : 'uk';
}

/** The top of a document's first page: the school's name, code and address, as official school documents carry them. */
export function schoolHeader(school: School): DocumentBlock[] {
  const address = [school.address.postalCode, school.address.settlement, school.address.street, school.address.house].filter(Boolean).join(', ');
  return [
    { type: 'text', text: school.name, size: 12, bold: true, align: 'center' },
    { type: 'text', text: [`${school.country === 'KG' ? 'Код' : 'Код ЄДРПОУ'} ${school.code}`, address].filter(Boolean).join(' · '), size: 9, align: 'center' },
    { type: 'gap', points: 14 },
  ];
}

/** The parts every document's content shares: kind, language, title and the school as its stamp names it. */
export function documentOf(school: School, kind: DocumentContent['kind'], title: string, blocks: DocumentBlock[]): DocumentContent {
  return { kind, language: documentLanguage(school), title, school: { code: school.code, name: school.name }, blocks };
}

/** The director's signature block, the last block of every document. */
export function directorSignature(school: School): DocumentBlock {
  return { type: 'signature', role: 'Директор', name: school.director };
}

/** Names as an office sorts them: by the school's alphabet, case and apostrophes aside. */
export const byName = new Intl.Collator('uk', { sensitivity: 'base' }).compare;
