import {
  beginText,
  endText,
  fill,
  lineTo,
  moveText,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  setFontAndSize,
  setLineWidth,
  setStrokingRgbColor,
  showText,
  stroke,
  type PDFFont,
  type PDFHexString,
  type PDFName,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';

/**
 * A document's strings in its fonts' glyph codes, each string encoded once. pdf-lib's subset embedder lays a string
 * out with fontkit on every encodeText (most of a ledger's time: its grades repeat in every cell) and numbers the
 * subset's glyphs in order of first use, so a repeated string has the same codes: remembering them changes no byte.
 * One per document (a subset belongs to its document).
 */
export class GlyphCodes {
  private readonly known = new Map<PDFFont, Map<string, PDFHexString>>();

  of(font: PDFFont, text: string): PDFHexString {
    let strings = this.known.get(font);
    if (!strings) {
      strings = new Map();
      this.known.set(font, strings);
    }
    let codes = strings.get(text);
    if (!codes) {
      codes = font.encodeText(text);
      strings.set(text, codes);
    }
    return codes;
  }
}

/**
 * The drawing operators of one page, in black, gathered and written to the page's content at once. pdf-lib's
 * drawText and drawRectangle check every option and wrap each call in its own graphics state and transformation
 * (a dozen operators a cell); a page here needs only text at a point and ruled boxes.
 */
export class PageInk {
  private readonly operators: PDFOperator[] = [pushGraphicsState(), setFillingRgbColor(0, 0, 0), setStrokingRgbColor(0, 0, 0)];
  private readonly fontKeys = new Map<PDFFont, PDFName>();
  private lineWidth: number | null = null;

  constructor(
    private readonly page: PDFPage,
    private readonly codes: GlyphCodes,
  ) {}

  text(text: string, x: number, y: number, size: number, font: PDFFont): void {
    if (text === '') return;
    let key = this.fontKeys.get(font);
    if (!key) {
      key = this.page.node.newFontDictionary(font.name, font.ref);
      this.fontKeys.set(font, key);
    }
    this.operators.push(beginText(), setFontAndSize(key, size), moveText(x, y), showText(this.codes.of(font, text)), endText());
  }

  box(x: number, y: number, width: number, height: number, thickness: number): void {
    this.thickness(thickness);
    this.operators.push(rectangle(x, y, width, height), stroke());
  }

  line(from: { x: number; y: number }, to: { x: number; y: number }, thickness: number): void {
    this.thickness(thickness);
    this.operators.push(moveTo(from.x, from.y), lineTo(to.x, to.y), stroke());
  }

  /** Filled rectangles (x, y, width, height), one path filled once: the modules of a QR code. */
  filled(rectangles: readonly (readonly [number, number, number, number])[]): void {
    if (rectangles.length === 0) return;
    for (const [x, y, width, height] of rectangles) this.operators.push(rectangle(x, y, width, height));
    this.operators.push(fill());
  }

  /** Writes the page's operators into its content stream. */
  finish(): void {
    this.page.pushOperators(...this.operators, popGraphicsState());
  }

  private thickness(width: number): void {
    if (this.lineWidth === width) return;
    this.lineWidth = width;
    this.operators.push(setLineWidth(width));
  }
}
