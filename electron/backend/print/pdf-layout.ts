import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import type { DocumentBlock, DocumentContent } from '../../../core/archive/document-content';
import { GlyphCodes, PageInk } from './page-ink';
import { qrCodeRectangles } from './qr-code';
import { sharedFontkit } from './shared-fontkit';
import { stampText, type StampText } from './stamp-text';

/** A4 in points, with the 20 mm margins office printouts use; the page stamp takes the bottom band. */
const a4: [number, number] = [595.28, 841.89];
const margin = 57;
const stampBottom = 28;
const stampHeight = 74;
const bodyBottom = stampBottom + stampHeight + 8;
const qrSize = 70;

/** The page a document is laid out on: A4 upright, or turned for a table too wide for it (a class ledger). */
interface Sheet {
  size: [number, number];
  textWidth: number;
}

function sheetOf(content: DocumentContent): Sheet {
  const size: [number, number] = content.orientation === 'landscape' ? [a4[1], a4[0]] : a4;
  return { size, textWidth: size[0] - 2 * margin };
}

/** What the stamp of every page says besides the page number (DESIGN §8). */
export interface PageStamp {
  /** `YYYY-MM-DD HH:MM`, the school's local time. */
  printedAt: string;
  printedBy: string;
  code: string;
  /** `<server>/verify/CODE`; null when no central server is configured (the QR code then holds the code alone). */
  verifyUrl: string | null;
}

/** A signed copy's visible note, drawn under the director's signature block. */
export interface SignatureNote {
  signer: string;
  at: string;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  /** The width the body's lines and tables span. */
  textWidth: number;
}

/** One unbreakable slice of the body: a line of text, a table row, the signature block. */
interface Piece {
  height: number;
  draw(ink: PageInk, top: number): void;
  /** Starts on the same page as the next piece. */
  keepWithNext: boolean;
  /** A table row's header, repeated at the top of a page the table continues on. */
  header?: Piece;
  /** Dropped at the top of a page. */
  gap?: true;
}

/** Each font file's advance width of a character at size 1, as measured once per process. */
const advances = new Map<string, Map<string, number>>();
/** The font file each embedded font was read from (a subset's name carries a random tag, so it cannot say). */
const fontPaths = new WeakMap<PDFFont, string>();

/**
 * The width of `text` at `size`: the sum of its characters' advances, each measured once per font. pdf-lib's
 * widthOfTextAtSize lays the whole string out with fontkit on every call (about 0.4 ms), and wrapping a ledger's cells
 * asks thousands of times; it sums the glyphs' advances too (no kerning), so the two agree but for ligatures.
 */
function widthOf(font: PDFFont, text: string, size: number): number {
  const path = fontPaths.get(font) ?? font.name;
  let known = advances.get(path);
  if (!known) {
    known = new Map();
    advances.set(path, known);
  }
  let width = 0;
  for (const char of text) {
    let advance = known.get(char);
    if (advance === undefined) {
      advance = font.widthOfTextAtSize(char, 1);
      known.set(char, advance);
    }
    width += advance;
  }
  return width * size;
}

/**
 * A word wider than the column split into hyphenated pieces that fit: a ledger's narrow subject columns ("Геометрія")
 * would otherwise print over their neighbours.
 */
function fittingPieces(word: string, font: PDFFont, size: number, width: number): string[] {
  if (widthOf(font, word, size) <= width) return [word];
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > 1 && widthOf(font, rest, size) > width) {
    let take = rest.length - 1;
    while (take > 1 && widthOf(font, `${rest.slice(0, take)}-`, size) > width) take--;
    pieces.push(`${rest.slice(0, take)}-`);
    rest = rest.slice(take);
  }
  pieces.push(rest);
  return pieces;
}

/** Splits text into lines no wider than `width` at this size, breaking between words (and inside a word too long). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean).flatMap((w) => fittingPieces(w, font, size, width))) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && widthOf(font, candidate, size) > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

function textPieces(block: Extract<DocumentBlock, { type: 'text' }>, fonts: Fonts): Piece[] {
  const size = block.size ?? 11;
  const font = block.bold ? fonts.bold : fonts.regular;
  const { textWidth } = fonts;
  return wrap(block.text, font, size, textWidth).map((line) => ({
    height: size * 1.4,
    keepWithNext: false,
    draw(ink, top) {
      const lineWidth = widthOf(font, line, size);
      const x = block.align === 'center' ? margin + (textWidth - lineWidth) / 2 : block.align === 'right' ? margin + textWidth - lineWidth : margin;
      ink.text(line, x, top - size, size, font);
    },
  }));
}

/** A ruled table: one piece per row, each carrying the header row to repeat on the pages it continues on. */
function tablePieces(block: Extract<DocumentBlock, { type: 'table' }>, fonts: Fonts): Piece[] {
  const size = block.size ?? 10;
  const pad = block.dense ? 1.5 : 3;
  const leading = block.dense ? 1.2 : 1.3;
  const widths = block.columns.map((c) => c.width * fonts.textWidth);
  const row = (cells: readonly string[], font: PDFFont, header?: Piece): Piece => {
    const wrapped = widths.map((w, i) => wrap(cells[i] ?? '', font, size, w - 2 * pad));
    const height = Math.max(...wrapped.map((l) => l.length)) * size * leading + 2 * pad;
    return {
      height,
      keepWithNext: header === undefined,
      ...(header ? { header } : {}),
      draw(ink, top) {
        let x = margin;
        wrapped.forEach((lines, i) => {
          const w = widths[i] ?? 0;
          ink.box(x, top - height, w, height, 0.5);
          lines.forEach((line, n) => ink.text(line, x + pad, top - pad - size * (n + 1) * leading + size * 0.3, size, font));
          x += w;
        });
      },
    };
  };
  const header = row(
    block.columns.map((c) => c.header),
    fonts.bold,
  );
  return [header, ...block.rows.map((cells) => row(cells, fonts.regular, header))];
}

/** "Директор ______ Ім'я ПРІЗВИЩЕ", the seal place under it, and room for the note of a signed copy. */
function signaturePiece(block: Extract<DocumentBlock, { type: 'signature' }>, fonts: Fonts, words: StampText, note: SignatureNote | null): Piece {
  const size = 11;
  const { textWidth } = fonts;
  return {
    height: 96,
    keepWithNext: false,
    draw(ink, top) {
      const base = top - 24 - size;
      ink.text(block.role, margin, base, size, fonts.regular);
      const line = { from: margin + textWidth * 0.4, to: margin + textWidth * 0.65 };
      ink.line({ x: line.from, y: base - 2 }, { x: line.to, y: base - 2 }, 0.5);
      const caption = widthOf(fonts.regular, words.signatureCaption, 7);
      ink.text(words.signatureCaption, (line.from + line.to - caption) / 2, base - 11, 7, fonts.regular);
      const nameWidth = widthOf(fonts.regular, block.name, size);
      ink.text(block.name, margin + textWidth - nameWidth, base, size, fonts.regular);
      ink.text(words.seal, margin, base - 30, size, fonts.bold);
      if (note) {
        wrap(words.signedNote(note.signer, note.at), fonts.regular, 8, textWidth * 0.8).forEach((text, n) =>
          ink.text(text, margin + textWidth * 0.2, base - 52 - n * 10, 8, fonts.regular),
        );
      }
    },
  };
}

function piecesOf(content: DocumentContent, fonts: Fonts, note: SignatureNote | null): Piece[] {
  const words = stampText[content.language];
  const pieces: Piece[] = [];
  for (const block of content.blocks) {
    if (block.type === 'text') pieces.push(...textPieces(block, fonts));
    else if (block.type === 'gap') pieces.push({ height: block.points, keepWithNext: false, gap: true, draw: () => undefined });
    else if (block.type === 'table') pieces.push(...tablePieces(block, fonts));
    else {
      // No page may hold the signature alone: the last two rows or lines before it go with it.
      let kept = 0;
      for (let i = pieces.length - 1; i >= 0 && kept < 2; i--) {
        const piece = pieces[i];
        if (!piece) break;
        piece.keepWithNext = true;
        if (!piece.gap) kept++;
      }
      pieces.push(signaturePiece(block, fonts, words, note));
    }
  }
  return pieces;
}

/** Lays pieces on pages: a group kept together starts a new page when it does not fit; a continued table repeats its header. */
function paginate(pieces: readonly Piece[], sheet: Sheet): { piece: Piece; top: number }[][] {
  const top = sheet.size[1] - margin;
  const pages: { piece: Piece; top: number }[][] = [[]];
  let y = top;
  const newPage = () => {
    pages.push([]);
    y = top;
  };
  const place = (piece: Piece) => {
    const page = pages[pages.length - 1];
    if (!page) return;
    if (piece.gap && page.length === 0) return;
    if (y - piece.height < bodyBottom && page.length > 0) {
      newPage();
      if (piece.gap) return;
      if (piece.header) place(piece.header);
    }
    pages[pages.length - 1]?.push({ piece, top: y });
    y -= piece.height;
  };
  for (let i = 0; i < pieces.length; ) {
    let end = i;
    let height = pieces[i]?.height ?? 0;
    while (pieces[end]?.keepWithNext && end + 1 < pieces.length) {
      end++;
      height += pieces[end]?.height ?? 0;
    }
    const first = pieces[i];
    const current = pages[pages.length - 1] ?? [];
    if (first && current.length > 0 && y - height < bodyBottom && height <= top - bodyBottom) {
      newPage();
      if (first.header) place(first.header);
    }
    for (; i <= end; i++) {
      const piece = pieces[i];
      if (piece) place(piece);
    }
  }
  return pages;
}

/**
 * The bottom band of every page: page N of M, school, title, print time and user, the verification code and its QR
 * (`qr`: its modules, the same on every page, so computed once per document).
 */
function drawStamp(ink: PageInk, content: DocumentContent, stamp: PageStamp, n: number, of: number, fonts: Fonts, qr: ReturnType<typeof qrCodeRectangles>): void {
  const words = stampText[content.language];
  const size = 7.5;
  const { textWidth } = fonts;
  const width = textWidth - qrSize - 8;
  const top = stampBottom + stampHeight;
  ink.line({ x: margin, y: top + 2 }, { x: margin + textWidth, y: top + 2 }, 0.4);
  const lines: { text: string; font: PDFFont }[] = [
    { text: words.page(n, of), font: fonts.bold },
    ...wrap(`${content.school.name} (${words.schoolCode} ${content.school.code}) · ${content.title}`, fonts.regular, size, width)
      .slice(0, 2)
      .map((text) => ({ text, font: fonts.regular })),
    { text: `${words.printed}: ${stamp.printedAt} · ${stamp.printedBy}`, font: fonts.regular },
    { text: `${words.code}: ${stamp.code}`, font: fonts.bold },
    ...(stamp.verifyUrl ? [{ text: stamp.verifyUrl, font: fonts.regular }] : []),
  ];
  lines.forEach(({ text, font }, i) => ink.text(text, margin, top - 9 - i * 10, size, font));
  ink.filled(qr);
}

/** The TTF files, read once per process. */
const fontFiles = new Map<string, Uint8Array>();

function fontFile(fontsDir: string, name: string): Uint8Array {
  const path = join(fontsDir, name);
  let bytes = fontFiles.get(path);
  if (!bytes) {
    bytes = readFileSync(path);
    fontFiles.set(path, bytes);
  }
  return bytes;
}

async function embedFonts(doc: PDFDocument, fontsDir: string, sheet: Sheet): Promise<Fonts> {
  doc.registerFontkit(sharedFontkit);
  const [regular, bold] = await Promise.all(
    ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(async (name) => {
      const font = await doc.embedFont(fontFile(fontsDir, name), { subset: true });
      fontPaths.set(font, join(fontsDir, name));
      return font;
    }),
  );
  if (!regular || !bold) throw new Error('the printout fonts could not be embedded');
  return { regular, bold, textWidth: sheet.textWidth };
}

/**
 * A document's content on A4 pages, every page stamped. DejaVu Sans (resources/fonts) covers Ukrainian, Russian and
 * Kyrgyz letters and the № sign; pdf-lib needs a TTF for that (woff breaks it). The PDF's dates are the print instant,
 * so printing the same register entry again gives the same bytes.
 */
export async function layOutDocument(
  fontsDir: string,
  content: DocumentContent,
  stamp: PageStamp,
  printedAt: Date,
  note: SignatureNote | null = null,
): Promise<{ doc: PDFDocument; pages: number }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(content.title);
  doc.setCreator('School Office');
  doc.setProducer('School Office (pdf-lib)');
  doc.setCreationDate(printedAt);
  doc.setModificationDate(printedAt);
  const sheet = sheetOf(content);
  const fonts = await embedFonts(doc, fontsDir, sheet);
  const pages = paginate(piecesOf(content, fonts, note), sheet);
  const codes = new GlyphCodes();
  const qr = qrCodeRectangles(stamp.verifyUrl ?? stamp.code, margin + sheet.textWidth - qrSize, stampBottom, qrSize);
  pages.forEach((placed, i) => {
    const ink = new PageInk(doc.addPage(sheet.size), codes);
    for (const { piece, top } of placed) piece.draw(ink, top);
    drawStamp(ink, content, stamp, i + 1, pages.length, fonts, qr);
    ink.finish();
  });
  return { doc, pages: pages.length };
}
