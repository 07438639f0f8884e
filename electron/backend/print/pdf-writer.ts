import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** A4 in points, with the 20 mm margins office printouts use. */
const pageSize: [number, number] = [595.28, 841.89];
const margin = 57;
const ink = rgb(0, 0, 0);

export interface TableColumn {
  header: string;
  /** Share of the text width. */
  width: number;
}

/**
 * Writes a printout top to bottom on A4 pages, starting a new page when one is full. DejaVu Sans (resources/fonts)
 * covers Ukrainian, Russian and Kyrgyz letters and the № sign; pdf-lib needs a TTF for that (woff breaks it).
 */
export class PdfWriter {
  private page!: PDFPage;
  private y = 0;

  private constructor(
    readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  static async create(fontsDir: string, title: string): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    doc.setTitle(title);
    doc.setCreator('School Office');
    const regular = await doc.embedFont(readFileSync(join(fontsDir, 'DejaVuSans.ttf')), { subset: true });
    const bold = await doc.embedFont(readFileSync(join(fontsDir, 'DejaVuSans-Bold.ttf')), { subset: true });
    return new PdfWriter(doc, regular, bold);
  }

  private get width(): number {
    return pageSize[0] - 2 * margin;
  }

  private newPage(): void {
    this.page = this.doc.addPage(pageSize);
    this.y = pageSize[1] - margin;
  }

  private room(height: number): void {
    if (this.y - height < margin) this.newPage();
  }

  /** Splits text into lines no wider than `width` at this size, breaking between words. */
  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (line && font.widthOfTextAtSize(candidate, size) > width) {
          lines.push(line);
          line = word;
        } else line = candidate;
      }
      lines.push(line);
    }
    return lines;
  }

  text(value: string, options: { size?: number; bold?: boolean; align?: 'left' | 'center' | 'right' } = {}): void {
    const size = options.size ?? 11;
    const font = options.bold ? this.bold : this.regular;
    for (const line of this.wrap(value, font, size, this.width)) {
      this.room(size * 1.4);
      const lineWidth = font.widthOfTextAtSize(line, size);
      const x = options.align === 'center' ? margin + (this.width - lineWidth) / 2 : options.align === 'right' ? margin + this.width - lineWidth : margin;
      this.page.drawText(line, { x, y: this.y - size, size, font, color: ink });
      this.y -= size * 1.4;
    }
  }

  gap(points = 10): void {
    this.y -= points;
  }

  /** A ruled table; the header row is repeated on every page the table continues on. */
  table(columns: readonly TableColumn[], rows: readonly string[][], size = 10): void {
    const widths = columns.map((c) => c.width * this.width);
    const pad = 3;
    const drawRow = (cells: readonly string[], font: PDFFont) => {
      const wrapped = cells.map((cell, i) => this.wrap(cell, font, size, (widths[i] ?? 0) - 2 * pad));
      const height = Math.max(...wrapped.map((l) => l.length)) * size * 1.3 + 2 * pad;
      return { wrapped, height, font };
    };
    const header = drawRow(
      columns.map((c) => c.header),
      this.bold,
    );
    const paint = ({ wrapped, height, font }: ReturnType<typeof drawRow>) => {
      let x = margin;
      wrapped.forEach((lines, i) => {
        const w = widths[i] ?? 0;
        this.page.drawRectangle({ x, y: this.y - height, width: w, height, borderColor: ink, borderWidth: 0.5 });
        lines.forEach((line, n) => this.page.drawText(line, { x: x + pad, y: this.y - pad - size * (n + 1) * 1.3 + size * 0.3, size, font, color: ink }));
        x += w;
      });
      this.y -= height;
    };
    this.room(header.height * 2);
    paint(header);
    for (const cells of rows) {
      const row = drawRow(cells, this.regular);
      if (this.y - row.height < margin) {
        this.newPage();
        paint(header);
      }
      paint(row);
    }
  }

  /** "Директор ______ Ім'я ПРІЗВИЩЕ": who signs, a line to sign on, and the name. */
  signature(role: string, name: string): void {
    this.room(40);
    this.gap(24);
    const size = 11;
    this.page.drawText(role, { x: margin, y: this.y - size, size, font: this.regular, color: ink });
    this.page.drawLine({ start: { x: margin + this.width * 0.4, y: this.y - size - 2 }, end: { x: margin + this.width * 0.65, y: this.y - size - 2 }, thickness: 0.5, color: ink });
    const nameWidth = this.regular.widthOfTextAtSize(name, size);
    this.page.drawText(name, { x: margin + this.width - nameWidth, y: this.y - size, size, font: this.regular, color: ink });
    this.y -= size * 1.6;
  }

  async bytes(): Promise<Uint8Array> {
    return this.doc.save();
  }
}
