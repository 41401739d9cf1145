/**
 * The HTML writer, opened in headless Chromium: the seed report renders
 * (a screenshot goes to test-results/ for a look), and no hostile document
 * or file name can run script, add event handlers or `javascript:` links,
 * break out of an attribute or make a network request.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/core/report/html.js';
import type { Report } from '../../src/core/report/types.js';
import type { WriterOptions } from '../../src/core/report/writer-options.js';
import { writers } from '../../src/core/report/writers.js';
import { isWellFormed, rawBidi } from './helpers.js';
import { hostile, hostileReport, seed, seedReport, syntheticReport } from './hostile.js';

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

interface PageFacts {
  scripts: number;
  handlers: string[];
  unsafeLinks: string[];
  embedded: number;
  csp: string | null;
  title: string;
  text: string;
  cellsWithoutDir: number;
  markers: number;
  brokenAnchors: string[];
}

/** Opens the report with every request blocked and recorded; returns what happened and what the DOM holds. */
async function open(html: string, screenshot?: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const events = { dialogs: [] as string[], errors: [] as string[], requests: [] as string[], console: [] as string[] };
  page.on('dialog', (dialog) => {
    events.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => events.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') events.console.push(message.text());
  });
  page.on('request', (request) => events.requests.push(request.url()));
  await page.route('**/*', (route) => route.abort());
  await page.setContent(html, { waitUntil: 'load' });
  // Give anything deferred (onerror, onload, timers) a moment to fire.
  await page.waitForTimeout(150);
  // Hover and focus everything, in case something listens for it.
  await page.evaluate(() => {
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const type of ['mouseover', 'focus', 'click']) element.dispatchEvent(new Event(type));
    }
  });
  const facts: PageFacts = await page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'));
    return {
      scripts: document.querySelectorAll('script').length,
      handlers: all.flatMap((element) =>
        Array.from(element.attributes)
          .filter((attribute) => /^on/i.test(attribute.name))
          .map((attribute) => `${element.tagName}[${attribute.name}]`),
      ),
      unsafeLinks: Array.from(document.querySelectorAll('[href],[src],[action],[formaction],[xlink\\:href]'))
        .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '')
        .filter((url) => !/^(#|https?:\/\/)/i.test(url)),
      embedded: document.querySelectorAll('iframe,object,embed,img,svg,math,form,input,button,base,link,video,audio,source').length,
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
      title: document.title,
      text: document.body.innerText,
      cellsWithoutDir: Array.from(document.querySelectorAll('td.src, td.message, td.section-title, .tx')).filter(
        (cell) => cell.getAttribute('dir') !== 'auto',
      ).length,
      markers: document.querySelectorAll('.ctl').length,
      brokenAnchors: Array.from(document.querySelectorAll('a[href^="#"]'))
        .map((link) => link.getAttribute('href')!.slice(1))
        .filter((id) => !document.getElementById(id)),
    };
  });
  if (screenshot) {
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
  }
  await page.close();
  return { events, facts };
}

const synthetic = syntheticReport();
const cases: Array<{ name: string; report: Report; options: WriterOptions }> = [
  { name: 'hostile pair', report: hostileReport, options: hostile },
  { name: 'hostile pair with a javascript: base URL', report: hostileReport, options: { ...hostile, baseUrl: 'javascript:alert(9)//' } },
  { name: 'hostile pair with line links', report: hostileReport, options: { ...hostile, baseUrl: 'https://example.com/blob/main' } },
  { name: 'hostile report', report: synthetic.report, options: synthetic },
  { name: 'hostile report without source text', report: synthetic.report, options: {} },
];

describe('html writer', () => {
  it('renders the seed report: summary, findings, side by side, no requests', async () => {
    const html = writers.html(seedReport, seed);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const { events, facts } = await open(html, 'test-results/report-seed.png');
    expect(events).toEqual({ dialogs: [], errors: [], requests: [], console: [] });
    expect(facts.csp).toBe(contentSecurityPolicy);
    expect(facts.csp).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(facts.title).toBe('mdparity: seeds/smo.is.md ↔ seeds/smo.no.md');
    expect(facts.scripts).toBe(0);
    expect(facts.cellsWithoutDir).toBe(0);
    expect(facts.brokenAnchors).toEqual([]);
    expect(facts.text).toContain('80.0 %');
    expect(facts.text).toContain('Findings');
    expect(facts.text).toContain('Side by side');
    for (const finding of seedReport.findings) expect(facts.text).toContain(finding.message);
    // Every source line of both documents' blocks is shown, in order.
    expect(facts.text).toContain('##Hápunktar');
    expect(facts.text).toContain('– Optimalisering av sosiale medier (SMO) innebærer');
  }, 30_000);

  it('has a harness that does see script, handlers and requests (so the checks below are not blind)', async () => {
    const { events, facts } = await open(
      '<!doctype html><title>x</title><img src="https://example.com/x.png" onerror="alert(1)"><a href="javascript:alert(2)">x</a><script>alert(3); throw new Error("boom")</script>',
    );
    expect(events.dialogs).toEqual(['3', '1']);
    expect(events.errors).toEqual(['boom']);
    expect(events.requests).toEqual(['https://example.com/x.png']);
    expect(facts.scripts).toBe(1);
    expect(facts.handlers).toEqual(['IMG[onerror]']);
    expect(facts.unsafeLinks).toEqual(['javascript:alert(2)']);
  }, 30_000);

  it.each(cases)(
    'keeps the $name inert',
    async ({ report, options }) => {
      const html = writers.html(report, options);
      expect(isWellFormed(html)).toBe(true);
      expect(html).not.toMatch(rawBidi);
      // Static: every attribute value is double-quoted with `"` escaped, so with the values taken out what is left is
      // the markup itself: no script element, no event-handler attribute, no unquoted attribute; and no value is a javascript: URL.
      const markup = html.replace(/="[^"]*"/g, '=""');
      expect(markup).not.toMatch(/<script\b/i);
      expect(markup).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      expect(markup).not.toMatch(/<[a-z][^>]*=[^"]/i);
      expect(html).not.toMatch(/="\s*javascript:/i);
      const { events, facts } = await open(html);
      expect(events).toEqual({ dialogs: [], errors: [], requests: [], console: [] });
      expect(facts.scripts).toBe(0);
      expect(facts.handlers).toEqual([]);
      expect(facts.unsafeLinks).toEqual([]);
      expect(facts.embedded).toBe(0);
      expect(facts.csp).toBe(contentSecurityPolicy);
      expect(facts.cellsWithoutDir).toBe(0);
      expect(facts.brokenAnchors).toEqual([]);
      // The file names are shown as written (quotes and angle brackets as text), the hostile text as text.
      expect(facts.title).toBe(`mdparity: ${report.left.path} ↔ ${report.right.path}`.replace(/\u202E/g, '\\u{202E}'));
      expect(facts.markers).toBeGreaterThan(0);
      if (options.leftText) {
        expect(facts.text).toContain(report === hostileReport ? '<script>alert("left")</script>' : '<script>alert(1)</script>');
      }
    },
    30_000,
  );

  it('links line numbers to the source only with a safe base URL', async () => {
    const linked = writers.html(hostileReport, { ...hostile, baseUrl: 'https://example.com/blob/main' });
    expect(linked).toContain('href="https://example.com/blob/main/docs/my%20guide%20%231%20100%25%20%C3%9E%C3%B3r%C3%B0ur.is.md#L5"');
    expect(linked).toContain(
      `href="https://example.com/blob/main/docs/my%20guide%20%231%20100%25%20%22%C3%9E%C3%B3r%C3%B0ur%22%20%3Cb%3E&#x27;x&#x27;.ar.md#L5"`,
    );
    for (const baseUrl of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' vbscript:x']) {
      expect(writers.html(hostileReport, { ...hostile, baseUrl })).not.toMatch(/href="(?!#)/);
    }
  });

  it('takes a screenshot of the hostile report too', async () => {
    const { events } = await open(writers.html(hostileReport, hostile), 'test-results/report-hostile.png');
    expect(events.dialogs).toEqual([]);
  }, 30_000);
});

describe('html writer on a same-named pair', () => {
  it('titles README.md ↔ README.md with the languages, so two such reports can be told apart', () => {
    const report: Report = {
      ...seedReport,
      left: { ...seedReport.left, path: 'README.md', language: 'en' },
      right: { ...seedReport.right, path: 'README.md', language: 'he' },
    };
    expect(/<title>([^<]*)<\/title>/.exec(writers.html(report, {}))?.[1]).toBe('mdparity: README.md (en) ↔ README.md (he)');
  });
});
