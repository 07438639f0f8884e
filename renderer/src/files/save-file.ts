import { currentLanguage } from '../i18n/i18n';
import { fileNameIn } from './file-name';

/**
 * Hands a file the app made (a report, a printout) to the user through a download link: the browser in web mode,
 * Electron's save dialog on the desktop. The name is in one script, the user's language's (file-name.ts).
 */
export function saveFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameIn(currentLanguage(), fileName);
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; the object URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file the backend made, as base64. */
export function saveBase64File(fileName: string, base64: string, type: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  saveFile(fileName, new Blob([bytes], { type }));
}

/** A PDF the backend made, as base64. */
export function savePrintout(printout: { fileName: string; pdfBase64: string }): void {
  saveBase64File(printout.fileName, printout.pdfBase64, 'application/pdf');
}
