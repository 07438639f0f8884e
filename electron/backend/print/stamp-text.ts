import type { DocumentLanguage } from '../../../core/archive/document-content';

/** The words of the page stamp and the signature block in the document's language (DESIGN §8). */
export interface StampText {
  page(n: number, of: number): string;
  printed: string;
  code: string;
  schoolCode: string;
  signatureCaption: string;
  seal: string;
  signedNote(signer: string, at: string): string;
}

export const stampText: Readonly<Record<DocumentLanguage, StampText>> = {
  uk: {
    page: (n, of) => `Сторінка ${n} з ${of}`,
    printed: 'Надруковано',
    code: 'Код перевірки',
    schoolCode: 'код',
    signatureCaption: '(підпис)',
    seal: 'М.П.',
    signedNote: (signer, at) => `Підписано електронним підписом: ${signer}, ${at}`,
  },
  ru: {
    page: (n, of) => `Страница ${n} из ${of}`,
    printed: 'Напечатано',
    code: 'Код проверки',
    schoolCode: 'код',
    signatureCaption: '(подпись)',
    seal: 'М.П.',
    signedNote: (signer, at) => `Подписано электронной подписью: ${signer}, ${at}`,
  },
  ky: {
    page: (n, of) => `${n}-бет / ${of}`,
    printed: 'Басылып чыккан',
    code: 'Текшерүү коду',
    schoolCode: 'код',
    signatureCaption: '(колу)',
    seal: 'М.О.',
    signedNote: (signer, at) => `Электрондук кол менен кол коюлган: ${signer}, ${at}`,
  },
};
