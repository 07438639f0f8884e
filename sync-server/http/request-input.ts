import type { Context } from 'hono';
import type { z } from 'zod';
import type { ErrorDetail } from '../../core/sync/error-body';
import { ApiError } from '../api-error';

function details(error: z.ZodError): ErrorDetail[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** Parses a request's input with its schema; a mismatch is a 400 whose details name each JSON path. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError('INVALID_INPUT', `the ${what} is not valid`, details(parsed.error));
  return parsed.data;
}

async function bodyText(c: Context, limit: number): Promise<string> {
  const encoding = (c.req.header('Content-Encoding') ?? 'identity').toLowerCase();
  if (encoding !== 'identity' && encoding !== 'gzip') throw new ApiError('INVALID_INPUT', `Content-Encoding ${encoding} is not supported (use gzip)`);
  // Read whole (the body limit bounds it) before decompressing, so a refusal never leaves the request half read.
  const raw = new Uint8Array(await c.req.arrayBuffer());
  if (encoding === 'identity') return Buffer.from(raw).toString('utf8');
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
  return Buffer.concat(chunks).toString('utf8');
}

/** The JSON body (plain or gzip), within the size limit, parsed with its schema. */
export async function jsonBody<S extends z.ZodType>(c: Context, schema: S, limit: number): Promise<z.infer<S>> {
  const text = await bodyText(c, limit);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new ApiError('INVALID_INPUT', 'the body is not valid JSON');
  }
  return parseInput(schema, value, 'body');
}
