import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { jsonError, scanJsonArray, type ScanEnd, type ScannedElement, type ScanOptions } from './json-scan.js';
import { FormatError, MAX_RECORD_BYTES } from './types.js';

/** The bytes in pieces of `size` (the last one shorter), as a file stream would hand them out. */
function chunks(data: string | Buffer, size: number): Readable {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts, { objectMode: false });
}

async function scan(data: string | Buffer, size = 64 * 1024, opts: ScanOptions = {}): Promise<{ elements: ScannedElement[]; end: ScanEnd }> {
  const elements: ScannedElement[] = [];
  const it = scanJsonArray(chunks(data, size), opts);
  for (;;) {
    const r = await it.next();
    if (r.done) return { elements, end: r.value };
    elements.push(r.value);
  }
}

async function scanError(data: string | Buffer, size = 64 * 1024, opts: ScanOptions = {}): Promise<FormatError> {
  const e = await scan(data, size, opts).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(FormatError);
  return e as FormatError;
}

const texts = (els: ScannedElement[]) => els.map((e) => [e.line, e.text]);

// Strings that end on escapes, hold quotes, brackets and multi-byte characters: what a chunk boundary can split.
const TRICKY = [
  { name: 'Zoë Ünal', note: 'say "hi" \\ back\\\\', path: 'C:\\\\dir\\\\', braces: '}]{[', emoji: '🚀 日本語' },
  { id: 2, list: [1, -2.5e3, true, null, { deep: ['"]', '\\"'] }], empty: {}, none: [] },
  'a string element with \\"escapes\\" and , commas ]',
  12345678901234567890,
  true,
  null,
];
const PRETTY = `\n\n${JSON.stringify(TRICKY, null, 2)}\n`;

describe('scanJsonArray', () => {
  it('finds each element and its start line, whatever the chunk size (down to 1 byte: inside escapes and UTF-8 characters)', async () => {
    const whole = await scan(PRETTY);
    expect(whole.elements.map((e) => JSON.parse(e.text!))).toEqual(TRICKY);
    expect(whole.elements.map((e) => e.line)).toEqual([4, 11, 28, 29, 30, 31]);
    expect(whole.end).toEqual({ kind: 'array' });
    for (const size of [1, 2, 3, 5, 7, 13, 64]) {
      expect(texts((await scan(PRETTY, size)).elements), `chunks of ${size}`).toEqual(texts(whole.elements));
    }
    const compact = await scan(JSON.stringify(TRICKY), 1);
    expect(compact.elements.map((e) => JSON.parse(e.text!))).toEqual(TRICKY);
    expect(compact.elements.every((e) => e.line === 1)).toBe(true);
  });

  it('says how long the longest number in each element is, not counting digits in strings', async () => {
    const { elements } = await scan('[{"a":"12345678901234567890","b":1.25},{"n":-6709442587437772138},"123",7]', 3);
    expect(elements.map((e) => e.digits)).toEqual([2, 19, 0, 1]);
  });

  it('reads the list under an envelope key, skipping the other values', async () => {
    const doc = { kind: 'page', nested: { items: [{ no: 1 }] }, odd: [{ x: '}' }], items: [{ a: 1 }, { b: '"' }], nextPageToken: 'abc' };
    for (const size of [1, 4, 1000]) {
      const { elements, end } = await scan(JSON.stringify(doc, null, 2), size);
      expect(texts(elements).map(([line, t]) => [line, JSON.parse(t as string)])).toEqual([
        [16, { a: 1 }],
        [19, { b: '"' }],
      ]);
      expect(end).toEqual({ kind: 'array' });
    }
    expect(texts((await scan('{"data":[1,2]}')).elements)).toEqual([
      [1, '1'],
      [1, '2'],
    ]);
  });

  it('hands back a top-level object that holds no list', async () => {
    const app = '{\n  "id": "0oa1",\n  "signOnMode": "OPENID_CONNECT",\n  "items": "not a list"\n}';
    expect(await scan(`\n${app}\n`, 5)).toEqual({ elements: [], end: { kind: 'object', text: app, line: 2 } });
    const big = `{"blob":"${'x'.repeat(MAX_RECORD_BYTES)}"}`;
    expect((await scan(big)).end).toEqual({ kind: 'object', text: null, line: 1 });
  });

  it('rejects a trailing comma before ] on the line of the bracket', async () => {
    const e = await scanError('[\n{"a":1},\n{"b":2},\n]\n', 3);
    expect([e.line, e.message]).toEqual([4, "line 4: Not valid JSON: unexpected token ']'"]);
  });

  it('rejects a truncated file on its last line with content', async () => {
    for (const cut of ['[\n{"a":1},\n{"b":2}\n\n', '[\n{"a":1},\n{"b":"x\n', '[\n{"a":1},\n{"b":\n  ']) {
      const e = await scanError(cut, 4);
      expect([e.line, e.message]).toEqual([cut.trimEnd().split('\n').length, `line ${cut.trimEnd().split('\n').length}: The JSON ends too early (is the file truncated?)`]);
    }
    expect((await scanError('{"items":[{"a":1}]', 4)).line).toBe(1);
  });

  it('rejects garbage between elements and after the array, naming the line', async () => {
    expect((await scanError('[\n{"a":1}\n{"b":2}\n]')).message).toBe("line 3: Not valid JSON: expected ',' or ']' after an element but found '{'");
    expect((await scanError('[\n{"a":1},\n,{"b":2}]')).message).toBe("line 3: Not valid JSON: expected an element but found ','");
    expect((await scanError('[{"a":1}]\n\nmore')).message).toBe('line 3: Not valid JSON: more text after the end of the JSON value');
    expect((await scanError('{"kind":"x" "items":[]}')).message).toBe("line 1: Not valid JSON: expected ',' or '}' but found '\"'");
    expect((await scanError('\n"just a string"')).message).toBe("line 2: Not valid JSON: expected a JSON array or object but found '\"'");
  });

  it('rejects an element longer than the record limit at its start line, without holding all of it', async () => {
    const e = await scanError(`[\n{"a":1},\n{"b":"${'x'.repeat(MAX_RECORD_BYTES)}"}]`, 64 * 1024);
    expect([e.line, e.message]).toEqual([3, `line 3: An element is longer than ${MAX_RECORD_BYTES} bytes`]);
  });

  it('names the line of bytes that are not UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('[\n{"a":"ok"},\n{"b":\n"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}]')]);
    const e = await scanError(bytes, 2);
    expect(e.line).toBe(4);
    expect(e.message).toMatch(/not valid UTF-8/);
  });
});

describe('scanJsonArray with a parse function', () => {
  const parse = (s: string) => JSON.parse(s) as unknown;
  const events = Array.from({ length: 40 }, (_, i) => ({ actor: { id: i, name: `n${i}` }, target: [{ id: 'a' }, { id: 'b' }], note: i === 7 ? 'has },\n{"actor" in it' : 'x' }));

  it('finds the same elements by guessing their ends as by scanning every byte', async () => {
    for (const json of [`[\n${events.map((e) => JSON.stringify(e)).join(',\n')}\n]`, JSON.stringify(events), JSON.stringify(events, null, 2)]) {
      for (const size of [97, 4096, 1 << 20]) {
        const exact = await scan(json, size);
        const guessed = await scan(json, size, { parse, guess: true });
        expect(guessed.elements.map((e) => e.line), `chunks of ${size}`).toEqual(exact.elements.map((e) => e.line));
        expect(exact.elements.map((e) => JSON.parse(e.text!))).toEqual(events);
        expect(guessed.elements.map((e) => e.value)).toEqual(events);
        // Parsed elements go without their text (see ScannedElement).
        expect(guessed.elements.every((e) => e.text === undefined)).toBe(true);
      }
    }
  });

  it('gives up guessing when the separator turns up inside elements, and still finds them all', async () => {
    // `},{"id"` is between elements and also between the kids of each.
    const nested = Array.from({ length: 12 }, (_, i) => ({ id: i, kids: i ? [{ id: 1 }, { id: 2 }] : [] }));
    const { elements } = await scan(JSON.stringify(nested), 1 << 20, { parse, guess: true });
    expect(elements.map((e) => e.value)).toEqual(nested);
    // Guessed elements have no digit count; after a few misses every element is scanned.
    expect(elements.slice(-5).map((e) => e.digits)).toEqual([1, 1, 1, 2, 2]);
  });

  it('reports an element that is not JSON on the line inside it where it breaks', async () => {
    const json = '[\n{"a":1},\n{\n  "b": 2,\n  "c": 3\n  "d": 4\n},\n{"e":1}]';
    for (const guess of [false, true]) {
      const e = await scanError(json, 5, { parse, guess });
      expect([e.line, e.message]).toEqual([6, "line 6: Not valid JSON: expected ',' or '}' after property value"]);
    }
    const unexpected = await scanError('[\n{"aaaaaaaaaaaaaaaaaaaa":1,\n"b":]}]', 64, { parse });
    expect([unexpected.line, unexpected.message]).toEqual([3, "line 3: Not valid JSON: unexpected token ']'"]);
  });
});

describe('jsonError', () => {
  it('places V8 messages with and without a position', () => {
    const at = (text: string) => {
      try {
        JSON.parse(text);
      } catch (e) {
        const f = jsonError(e, text, 10);
        return [f.line, f.message];
      }
      return null;
    };
    expect(at('{\n"a":\n"b\tc"}')).toEqual([12, 'line 12: Not valid JSON: bad control character in string literal']);
    expect(at('{\n"a":1,\n"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb":\n\n]}')).toEqual([14, "line 14: Not valid JSON: unexpected token ']'"]);
    expect(at('[1,\n]')).toEqual([11, "line 11: Not valid JSON: unexpected token ']'"]);
    expect(at('{"a":\n\n')).toEqual([12, 'line 12: Not valid JSON: unexpected end of JSON input']);
  });
});
