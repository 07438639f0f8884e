import type { Context } from 'hono';
import type { z } from 'zod';
import type { ErrorDetail } from '../../core/sync/error-body';
import { ApiError } from '../api-error';

/** Deepest nesting of arrays and objects a body may have: a card is 4 deep, a push 6; recursion stays far from the stack's end. */
const maxJsonDepth = 64;

function details(error: z.ZodError): ErrorDetail[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** Parses a request's input with its schema; a mismatch is a 400 whose details name each JSON path. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError('INVALID_INPUT', `the ${what} is not valid`, details(parsed.error));
  return parsed.data;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as text; bytes that are not UTF-8 are refused, not replaced (two batch ids must not collapse into one). */
function utf8Text(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ApiError('INVALID_INPUT', 'the body is not valid UTF-8');
  }
}

async function bodyBytes(c: Context, limit: number): Promise<Uint8Array> {
  const encoding = (c.req.header('Content-Encoding') ?? 'identity').toLowerCase();
  if (encoding !== 'identity' && encoding !== 'gzip') throw new ApiError('INVALID_INPUT', `Content-Encoding ${encoding} is not supported (use gzip)`);
  // Read whole (the body limit bounds it) before decompressing, so a refusal never leaves the request half read.
  const raw = new Uint8Array(await c.req.arrayBuffer());
  if (encoding === 'identity') return raw;
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of new Blob([raw]).stream().pipeThrough(new DecompressionStream('gzip'))) {
      size += chunk.byteLength;
      if (size > limit) throw new ApiError('PAYLOAD_TOO_LARGE', `the body is larger than ${limit} bytes once decompressed`);
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError('INVALID_INPUT', 'the body could not be decompressed');
  }
  return Buffer.concat(chunks);
}

/** Where the string opened by the quote at `open` ends: its closing quote, the first one no backslash escapes; -1 if none. */
function stringEnd(text: string, open: number): number {
  let quote = text.indexOf('"', open + 1);
  for (; quote !== -1; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
  }
  return -1;
}

/**
 * Refuses JSON text nested deeper than `maxJsonDepth`, in one pass without recursion, before anything recursive
 * (the schema, the body's hash) walks it. Strings, most of a push's text, are skipped by `indexOf`, not read character
 * by character.
 */
function assertJsonDepth(text: string, limit = maxJsonDepth): void {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) {
      const end = stringEnd(text, i);
      // An unterminated string holds no more brackets; JSON.parse refuses the text.
      if (end === -1) return;
      i = end;
    } else if (ch === 0x5b || ch === 0x7b) {
      depth += 1;
      if (depth > limit) throw new ApiError('INVALID_INPUT', `the body is nested deeper than ${limit} levels`);
    } else if (ch === 0x5d || ch === 0x7d) depth -= 1;
  }
}

/** The JSON body (plain or gzip, UTF-8, at most `maxJsonDepth` deep), within the size limit, parsed with its schema. */
export async function jsonBody<S extends z.ZodType>(c: Context, schema: S, limit: number): Promise<z.infer<S>> {
  return (await jsonBodyAndText(c, schema, limit)).value;
}

/** As jsonBody, with the body's text as it came (decompressed): what a push's replay check hashes. */
export async function jsonBodyAndText<S extends z.ZodType>(c: Context, schema: S, limit: number): Promise<{ value: z.infer<S>; text: string }> {
  const text = utf8Text(await bodyBytes(c, limit));
  assertJsonDepth(text);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new ApiError('INVALID_INPUT', 'the body is not valid JSON');
  }
  return { value: parseInput(schema, value, 'body'), text };
}
