import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, decodeText, firstInvalidUtf8, HEAD_BYTES, readHead } from './decode.js';
import { fileSourceFromBuffer } from './file-source.js';
import { FormatError, type FileSource } from './types.js';

async function text(src: FileSource): Promise<string> {
  let out = '';
  for await (const piece of decodeText(src)) out += piece;
  return out;
}

const buf = (s: string): Buffer => Buffer.from(s, 'utf8');
const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();

/** A source that hands out tiny chunks, to cut multi-byte characters and CRLFs apart. */
function choppy(bytes: Buffer, size: number): FileSource {
  return {
    name: 'choppy.csv',
    size: bytes.length,
    open: () => Readable.from((function* () {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    })(), { objectMode: false }),
  };
}

describe('decodeText', () => {
  it('strips a UTF-8 BOM and keeps the text', async () => {
    const src = fileSourceFromBuffer(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), buf('Date,Description\nZürich €,x\n')]), 'a.csv');
    expect(await text(src)).toBe('Date,Description\nZürich €,x\n');
  });

  it('reads UTF-16 with a BOM (LE and BE) and without one (by the NUL pattern)', async () => {
    const s = 'Date,Description,Amount\r\n03/02/2025,Café,1.00\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(s)]);
    expect(await text(fileSourceFromBuffer(le, 'le.csv'))).toBe(s);
    expect(await text(fileSourceFromBuffer(be, 'be.csv'))).toBe(s);
    expect(await text(fileSourceFromBuffer(Buffer.from(s, 'utf16le'), 'le.csv'))).toBe(s);
    expect(await text(fileSourceFromBuffer(utf16be(s), 'be.csv'))).toBe(s);
    expect(await text(choppy(le, 3))).toBe(s);
  });

  it('falls back to Windows-1252 when the head is not UTF-8', async () => {
    const bytes = Buffer.from([...buf('Caf'), 0xe9, ...buf(' 5'), 0x80, ...buf('\n')]);
    expect(chooseEncoding(bytes, true).encoding).toBe('windows-1252');
    expect(await text(fileSourceFromBuffer(bytes, 'a.csv'))).toBe('Café 5€\n');
  });

  it('keeps multi-byte characters whole across chunk boundaries', async () => {
    const s = 'Zürich € 😀,ok\r\n'.repeat(8000); // > HEAD_BYTES
    expect(Buffer.byteLength(s)).toBeGreaterThan(HEAD_BYTES);
    expect(await text(choppy(buf(s), 7))).toBe(s);
    expect(await text(choppy(buf(s), 1 << 20))).toBe(s);
  });

  it('names the line of invalid UTF-8 that appears only after the head', async () => {
    // 3000 lines of 30 bytes = 90 KB, mixing CRLF and LF; the bad byte is on line 3001.
    const lines = Array.from({ length: 3000 }, (_, i) => `row ${String(i).padStart(5, '0')},${'x'.repeat(18)}${i % 2 ? '\r\n' : '\n'}`);
    const head = buf(lines.join(''));
    expect(head.length).toBeGreaterThan(HEAD_BYTES);
    const bad = Buffer.concat([head, buf('Caf'), Buffer.from([0xe9]), buf(',1\n')]);
    const err = await text(fileSourceFromBuffer(bad, 'a.csv')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FormatError);
    expect((err as FormatError).line).toBe(3001);
    expect((err as FormatError).message).toMatch(/not valid UTF-8/);
  });

  it('rejects binary files, naming what they look like', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    await expect(text(fileSourceFromBuffer(png, 'x.csv'))).rejects.toThrow(/This is not a text file \(it is a PNG image\)/);
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0, 0x62, 0xee, 0x9d, 0x68, 0x5e, 0x01]);
    await expect(text(fileSourceFromBuffer(zip, 'x.csv'))).rejects.toThrow(/not a text file.*xlsx/);
  });

  it('yields nothing for an empty file', async () => {
    expect(await text(fileSourceFromBuffer(Buffer.alloc(0), 'empty.csv'))).toBe('');
  });

  it('reports bytes read', async () => {
    const seen: number[] = [];
    const s = 'a,b\n'.repeat(50_000);
    for await (const _ of decodeText(fileSourceFromBuffer(s, 'a.csv'), (n) => seen.push(n))) void _;
    expect(seen.at(-1)).toBe(s.length);
    expect(seen.length).toBeGreaterThan(1);
  });
});

describe('readHead', () => {
  it('returns the first characters and stops reading', async () => {
    let pulled = 0;
    const src: FileSource = {
      name: 'big.csv',
      size: 100 << 20,
      open: () => Readable.from((function* () {
        for (let i = 0; i < 1600; i++) {
          pulled++;
          yield Buffer.from('Date,Description,Amount\n'.repeat(2730));
        }
      })(), { objectMode: false }),
    };
    expect(await readHead(src, 10)).toBe('Date,Descr');
    expect(pulled).toBeLessThan(10);
  });
});

describe('firstInvalidUtf8', () => {
  it('finds overlong, surrogate, truncated and stray bytes', () => {
    expect(firstInvalidUtf8(buf('ok € 😀'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0x42, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8(Buffer.from([0x80]))).toBe(0);
  });
});
