/**
 * Browser test runner: builds the app with Vite into a temporary folder,
 * serves it on a free localhost port, drives Debian's Chromium through
 * playwright-core, and runs the cases in cases.mjs, one fresh page each.
 * Prints one line per test and ends with `browser: N passed, N failed`.
 *
 * Every page fails its test on an uncaught page error; a case can also ask
 * to fail on console errors and dialogs (the hostile-input case does).
 */
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { cases } from './cases.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const screenshots = join(root, 'test-results', 'screenshots');
const only = process.argv.slice(2);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
};

function serve(dir) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

async function main() {
  const started = Date.now();
  const outDir = await mkdtemp(join(tmpdir(), 'mdparity-browser-'));
  let server;
  let browser;
  let passed = 0;
  let failed = 0;
  let expectedFailures = 0;
  try {
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    server = await serve(outDir);
    const base = `http://127.0.0.1:${server.address().port}`;
    await mkdir(screenshots, { recursive: true });
    // Failure shots from an earlier run would read as current ones.
    for (const name of await readdir(screenshots)) if (name.startsWith('FAILED-')) await rm(join(screenshots, name));
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    console.log(`built and served in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    for (const testCase of cases) {
      if (only.length > 0 && !only.some((name) => testCase.name.includes(name))) continue;
      const t0 = Date.now();
      const context = await browser.newContext({
        viewport: testCase.viewport ?? { width: 1400, height: 900 },
        colorScheme: testCase.colorScheme ?? 'light',
      });
      const page = await context.newPage();
      const problems = [];
      const foreignRequests = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && testCase.strictConsole) problems.push(`console error: ${message.text()}`);
      });
      page.on('dialog', (dialog) => {
        problems.push(`dialog opened: ${dialog.type()} ${dialog.message()}`);
        dialog.dismiss().catch(() => {});
      });
      // Nothing may leave localhost: remote images, trackers, fonts.
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
        foreignRequests.push(url.href);
        return route.abort();
      });
      let step = 'start';
      const helpers = {
        base,
        /** Names the step under way, so a failure says where it happened. */
        step: (name) => {
          step = name;
        },
        screenshot: (name) => page.screenshot({ path: join(screenshots, `${name}.png`) }),
        foreignRequests,
        problems,
      };
      try {
        await withTimeout(testCase.run(page, helpers), testCase.timeout ?? 30_000, testCase.name);
        if (problems.length > 0) throw new Error(problems.join('; '));
        if (testCase.knownFailure) {
          // Like Vitest's it.fails: a known failure that passes again must lose its mark.
          failed++;
          console.log(`FAIL ${testCase.name}: passes now; remove its knownFailure (${testCase.knownFailure})`);
        } else {
          passed++;
          console.log(`ok   ${testCase.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
        }
      } catch (error) {
        if (testCase.knownFailure) {
          expectedFailures++;
          const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
          console.log(`xfail ${testCase.name} (known failure: ${testCase.knownFailure}) at step “${step}”: ${message}`);
          continue;
        }
        failed++;
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        console.log(
          `FAIL ${testCase.name} (${((Date.now() - t0) / 1000).toFixed(1)} s) at step “${step}”: ${message}${problems.length > 0 && !message.includes(problems[0]) ? `; ${problems.join('; ')}` : ''}`,
        );
        await page.screenshot({ path: join(screenshots, `FAILED-${testCase.name}.png`) }).catch(() => {});
      } finally {
        await context.close().catch(() => {});
      }
    }
    console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    failed++;
    console.log(`FAIL setup: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await browser?.close().catch(() => {});
    await new Promise((done) => (server ? server.close(done) : done()));
    await rm(outDir, { recursive: true, force: true });
  }
  if (expectedFailures > 0) console.log(`browser: ${expectedFailures} known failures (marked knownFailure in cases.mjs)`);
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
