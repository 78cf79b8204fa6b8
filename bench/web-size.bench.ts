// The first page (sign-in) loads at most 300 KB of gzipped JavaScript; pages are split by route.
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { record, root, startProcess, stop } from './lib.js';

export async function webBench() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-bench-web-'));
  const server = await startProcess([path.join(root, 'bin/tandem.js'), 'serve', '--demo', '--port', '3394', '--data', dir], { TANDEM_LOG_LEVEL: 'silent' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    const scripts = new Set<string>();
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.add(new URL(r.url()).pathname);
    });
    await page.goto('http://127.0.0.1:3394/login', { waitUntil: 'networkidle' });
    const gz = (p: string) => gzipSync(readFileSync(path.join(root, 'dist/web', p))).length;
    const first = [...scripts].reduce((s, p) => s + gz(p), 0);
    const assets = readdirSync(path.join(root, 'dist/web/assets')).filter((f) => f.endsWith('.js'));
    const all = assets.reduce((s, f) => s + gz(`assets/${f}`), 0);
    record('Web bundle', [
      `sign-in page loads ${scripts.size} JS files, **${(first / 1024).toFixed(1)} KB gzipped** (target ≤ 300 KB) ${first <= 300 * 1024 ? 'PASS' : 'FAIL'}`,
      `all route chunks: ${assets.length} files, ${(all / 1024).toFixed(1)} KB gzipped`,
    ]);
  } finally {
    await browser.close();
    await stop(server.child);
    rmSync(dir, { recursive: true, force: true });
  }
}
