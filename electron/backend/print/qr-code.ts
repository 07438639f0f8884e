import QRCode from 'qrcode';

/**
 * The QR code of `text` as filled rectangles (x, y, width, height), one per run of dark modules in a row: vector, so it
 * prints sharp at any resolution and adds no image to the archive copy. (x, y) is the lower left corner; `size`
 * includes the quiet zone of two modules the scanners need.
 */
export function qrCodeRectangles(text: string, x: number, y: number, size: number): [number, number, number, number][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = size / (modules.size + 2 * quiet);
  const rectangles: [number, number, number, number][] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; ) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      rectangles.push([x + (quiet + start) * cell, y + size - (quiet + row + 1) * cell, (col - start) * cell, cell]);
    }
  }
  return rectangles;
}
