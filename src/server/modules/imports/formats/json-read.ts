/** Building blocks for the streaming JSON readers (HR lists, Okta, Google, Entra): tokens in, values out. */
import type { Token } from 'stream-json/parser.js';

export type Json = string | number | null | boolean | JsonObject | Json[];
export interface JsonObject {
  [key: string]: Json;
}

// stream-chain marks end of input with this registered symbol; stream-json does not re-export it.
export const END_OF_INPUT = Symbol.for('object-stream.none');
/** Text is fed to the tokenizer in slices of this many characters, so no token list grows large. */
export const SLICE = 64 * 1024;

export type Tokenizer = (input: unknown) => unknown;

export function tokens(tokenizer: Tokenizer, input: unknown): Token[] {
  const out = tokenizer(input) as { values?: Token[] } | symbol | undefined;
  return out && typeof out === 'object' && Array.isArray(out.values) ? out.values : [];
}

/**
 * Builds one JSON value from tokens; objects are attached as soon as they open so a partial value can be
 * inspected. Numbers stay as written (`text`: ids must not lose digits or gain exponents) or become numbers
 * when that loses nothing (`number`).
 */
export class JsonAssembler {
  root: Json | undefined = undefined;
  done = false;
  private readonly stack: (JsonObject | Json[])[] = [];
  private readonly keys: string[] = [];

  constructor(private readonly numbers: 'text' | 'number' = 'text') {}

  get depth(): number {
    return this.stack.length;
  }
  get key(): string {
    return this.keys[this.keys.length - 1] ?? '';
  }

  consume(t: Token): void {
    switch (t.name) {
      case 'startObject':
        return this.open(Object.create(null) as JsonObject);
      case 'startArray':
        return this.open([]);
      case 'endObject':
      case 'endArray':
        this.stack.pop();
        this.keys.pop();
        if (this.stack.length === 0) this.done = true;
        return;
      case 'keyValue':
        this.keys[this.keys.length - 1] = t.value;
        return;
      // Tokens are slices of the text chunk they came from; a value the caller keeps would keep the whole
      // chunk alive, so strings are copied out.
      case 'stringValue':
        return this.add(Buffer.from(t.value).toString());
      case 'numberValue':
        return this.add(this.numbers === 'number' && String(Number(t.value)) === t.value ? Number(t.value) : t.value);
      case 'nullValue':
        return this.add(null);
      case 'trueValue':
      case 'falseValue':
        return this.add(t.value);
    }
  }

  private add(v: Json): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      this.root = v;
      this.done = true;
    } else if (Array.isArray(top)) top.push(v);
    else top[this.keys[this.keys.length - 1]] = v;
  }

  private open(c: JsonObject | Json[]): void {
    this.add(c);
    this.done = false;
    this.stack.push(c);
    this.keys.push('');
  }
}
