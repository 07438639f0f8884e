/** One server-sent event: its `event:` name and its `data:` text. */
export interface ServerSentEvent {
  event: string;
  data: string;
}

/**
 * Reads a `text/event-stream` chunk by chunk, wherever the chunks cut its lines, and calls `onEvent` for each event
 * once its blank line arrives. Comment lines (web mode's `: keep-alive`) only show the connection is alive.
 */
export function eventStreamParser(onEvent: (event: ServerSentEvent) => void): (chunk: string) => void {
  let buffer = '';
  let name = 'message';
  let data: string[] = [];
  return (chunk) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const raw of lines) {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (line === '') {
        if (data.length > 0) onEvent({ event: name, data: data.join('\n') });
        name = 'message';
        data = [];
      } else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') name = value;
        else if (field === 'data') data.push(value);
      }
    }
  };
}

const firstDelayMs = 500;
const longestDelayMs = 15_000;

/** How long to wait before connecting again after `failures` attempts in a row: doubling, up to 15 s. */
export function reconnectDelay(failures: number): number {
  return Math.min(longestDelayMs, firstDelayMs * 2 ** failures);
}
