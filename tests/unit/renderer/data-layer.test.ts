import { describe, expect, it } from 'vitest';
import { callReducer, initialCallState, latestRequest } from '../../../renderer/src/api/call-state';
import { CallError, toCallError } from '../../../renderer/src/api/client';
import { eventStreamParser, reconnectDelay, type ServerSentEvent } from '../../../renderer/src/api/event-stream';

describe('only the latest request is answered', () => {
  it('drops the answer to a request asked before a newer one', () => {
    const requests = latestRequest();
    const first = requests.begin();
    const second = requests.begin();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });

  it('drops every answer once the screen has gone (or its input changed)', () => {
    const requests = latestRequest();
    const asked = requests.begin();
    requests.drop();
    expect(asked()).toBe(false);
  });
});

describe('what a screen knows of a call', () => {
  const failure = new CallError('NETWORK');

  it('keeps the last good answer while asking again and after a new failure, with the failure', () => {
    let state = callReducer(initialCallState<string>(true), { type: 'answer', data: 'classes of 2025/2026' });
    state = callReducer(state, { type: 'start' });
    expect(state).toEqual({ data: 'classes of 2025/2026', error: null, loading: true });
    state = callReducer(state, { type: 'fail', error: failure });
    expect(state).toEqual({ data: 'classes of 2025/2026', error: failure, loading: false });
  });

  it('a failed first load has an error and no data: a banner, never an empty list', () => {
    const state = callReducer(initialCallState<string[]>(true), { type: 'fail', error: failure });
    expect(state.data).toBeNull();
    expect(state.error).toBe(failure);
  });

  it('forgets the failure once an answer comes', () => {
    const failed = callReducer(initialCallState<number>(true), { type: 'fail', error: failure });
    expect(callReducer(failed, { type: 'answer', data: 1 })).toEqual({ data: 1, error: null, loading: false });
  });

  it('stops loading when there is nothing to ask', () => {
    expect(callReducer(initialCallState<number>(true), { type: 'skip' }).loading).toBe(false);
  });
});

describe('toCallError', () => {
  it('keeps a backend error with its code and params', () => {
    const err = new CallError('CLASS_LABEL_TAKEN', { label: '5-А' });
    expect(toCallError(err)).toBe(err);
  });

  it('turns anything else into an internal error', () => {
    expect(toCallError(new TypeError('x is undefined'))).toMatchObject({ code: 'INTERNAL' });
    expect(toCallError('text')).toMatchObject({ code: 'INTERNAL' });
  });
});

describe('reading web mode\'s event stream', () => {
  function parse(chunks: string[]): ServerSentEvent[] {
    const events: ServerSentEvent[] = [];
    const feed = eventStreamParser((e) => events.push(e));
    chunks.forEach(feed);
    return events;
  }

  it('gives each event once its blank line arrives, however the chunks cut it', () => {
    const data = '{"job":"sync.start","phase":"push","done":1,"total":9}';
    expect(parse(['event: prog', 'ress\ndata: {"job":"sync.st', 'art","phase":"push","done":1,"total":9}\n', '\n'])).toEqual([{ event: 'progress', data }]);
  });

  it('skips keep-alive comments and reads CRLF lines', () => {
    expect(parse([': keep-alive\n\n', 'event: progress\r\ndata: {}\r\n\r\n'])).toEqual([{ event: 'progress', data: '{}' }]);
  });

  it('keeps an event without its blank line until the line comes', () => {
    expect(parse(['event: progress\ndata: {}\n'])).toEqual([]);
  });

  it('joins the data lines of one event', () => {
    expect(parse(['data: a\ndata: b\n\n'])).toEqual([{ event: 'message', data: 'a\nb' }]);
  });
});

describe('connecting again after the stream drops', () => {
  it('waits longer after each failure in a row, up to 15 s', () => {
    const delays = [0, 1, 2, 3, 10].map(reconnectDelay);
    expect(delays.slice(0, 4)).toEqual([500, 1000, 2000, 4000]);
    expect(delays[4]).toBe(15_000);
  });
});
