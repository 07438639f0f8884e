import { rgb, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';

const ink = rgb(0, 0, 0);

/**
 * Draws the QR code of `text` as filled rectangles, one per run of dark modules in a row: vector, so it prints sharp at
 * any resolution and adds no image to the archive copy. (x, y) is the lower left corner; `size` includes the quiet zone
 * of two modules the scanners need.
 */
export function drawQrCode(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = size / (modules.size + 2 * quiet);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; ) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      page.drawRectangle({
        x: x + (quiet + start) * cell,
        y: y + size - (quiet + row + 1) * cell,
        width: (col - start) * cell,
        height: cell,
        color: ink,
        borderWidth: 0,
      });
    }
  }
}
