import fontkit from '@pdf-lib/fontkit';
import type { Font, Glyph, GlyphRun } from '@pdf-lib/fontkit';

/** A string's glyphs as fontkit's layout gives them: ids, and the characters each stands for (the PDF's text map). */
type LaidOut = { id: number; codePoints: number[] }[];

interface ParsedFont {
  font: Font;
  layouts: Map<string, LaidOut>;
}

/** fontkit's glyph objects of a font, which must not outlive a document (see sharedFontkit). */
interface FontState {
  _glyphs: Record<number, Glyph>;
}

/** Each font file (by its bytes, read once per process in pdf-layout.ts) parsed once. */
const parsedFonts = new Map<Uint8Array, ParsedFont>();

function parsedFont(bytes: Uint8Array): ParsedFont {
  let parsed = parsedFonts.get(bytes);
  if (!parsed) {
    parsed = { font: fontkit.create(bytes), layouts: new Map() };
    parsedFonts.set(bytes, parsed);
  }
  return parsed;
}

/**
 * fontkit for pdf-lib that parses each font file once per process and lays each string out once: parsing two fonts
 * and laying out every cell's text again for every document was most of a ledger's time. Each document gets its own
 * view of the parsed font with its own glyph objects: fontkit keeps a glyph with the characters of
 * its first use, and a glyph an earlier document's subset had added as a part of another (a letter's accent, no
 * characters) would lose its text in later documents' ToUnicode maps — why sharing the whole font broke `pdftotext`.
 * What is shared is read-only: the decoded tables and, per string, glyph ids with their characters (DejaVu maps no
 * two characters to one glyph, so a glyph's characters do not depend on which string used it first).
 */
export const sharedFontkit = {
  create(bytes: Uint8Array): Font {
    const { font, layouts } = parsedFont(bytes);
    const view = Object.create(font) as Font & FontState;
    view._glyphs = {};
    view.layout = (text: string, features?: Parameters<Font['layout']>[1]): GlyphRun => {
      const known = features === undefined ? layouts.get(text) : undefined;
      const laidOut = known ?? font.layout(text, features).glyphs.map((g) => ({ id: g.id, codePoints: g.codePoints }));
      if (!known && features === undefined) layouts.set(text, laidOut);
      // pdf-lib reads only the glyphs of a run (to encode text and to sum advances).
      return { glyphs: laidOut.map((g) => view.getGlyph(g.id, g.codePoints)) } as GlyphRun;
    };
    return view;
  },
};
