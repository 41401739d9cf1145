/**
 * The browser test cases. Each gets a fresh page (`page`) and helpers:
 * `base` (the app's URL), `screenshot(name)`, `foreignRequests` (requests
 * that tried to leave localhost; they are blocked) and `problems`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixture = (name) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

// The three structural warnings, and the info-level doubled punctuation both sides share (a defect of the source, copied).
const expectedSeed = [
  { check: 'Link span', row: 3, left: 10, right: 10 },
  { check: 'Punctuation', row: 10, left: 24, right: 24 },
  { check: 'Heading format', row: 13, left: 30, right: 30 },
  { check: 'Bullet marker', row: 14, left: 32, right: 32 },
];
const seedCount = expectedSeed.length;
const [linkSpan, punctuation, headingFormat, bulletMarker] = expectedSeed;

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function openSeed(page, base, query = '') {
  await page.goto(`${base}/${query}`);
  await page.waitForSelector('.frow');
}

async function counterText(page) {
  return (await page.textContent('[data-testid=finding-counter]'))?.trim();
}

/** The selected finding's marks on both sides: present, and inside the visible part of the aligned view. */
async function activeMarks(page, row) {
  return page.evaluate((row) => {
    const scroller = document.querySelector('[data-testid=aligned-scroll]').getBoundingClientRect();
    const visible = (element) => {
      const box = element.getBoundingClientRect();
      return box.height > 0 && box.top >= scroller.top - 1 && box.bottom <= scroller.bottom + 1;
    };
    const rowElement = document.querySelector(`.aitem:not(.aitem-sticky) [data-row="${row}"]`) ?? document.querySelector(`[data-row="${row}"]`);
    if (!rowElement) return { found: false };
    const side = (name) => [...rowElement.querySelectorAll(`.acell-${name} [data-active=true], .acell-${name}[data-active=true]`)];
    const left = side('left');
    const right = side('right');
    return {
      found: true,
      selectedRow: rowElement.classList.contains('arow-selected'),
      left: left.length,
      right: right.length,
      leftVisible: left.length > 0 && left.every(visible),
      rightVisible: right.length > 0 && right.every(visible),
      leftText: left.map((e) => e.textContent).join(' | '),
      rightText: right.map((e) => e.textContent).join(' | '),
    };
  }, row);
}

async function expectSelected(page, expected) {
  await page.waitForFunction((row) => document.querySelector(`[data-row="${row}"].arow-selected`), expected.row, { timeout: 5000 });
  // Let the scroll settle (the view re-measures rows after the first jump).
  await page.waitForTimeout(250);
  const marks = await activeMarks(page, expected.row);
  assert(marks.found && marks.selectedRow, `row ${expected.row} is not selected`);
  assert(
    marks.left > 0 && marks.right > 0,
    `${expected.check}: expected highlighted spans on both sides, got left ${marks.left}, right ${marks.right}`,
  );
  assert(
    marks.leftVisible && marks.rightVisible,
    `${expected.check}: highlighted spans are not both visible (left ${marks.leftVisible}, right ${marks.rightVisible})`,
  );
  return marks;
}

/** Drops files on the aligned view as a user would: a synthetic drop event carrying a DataTransfer. */
async function dropFiles(page, files, where = 'middle') {
  await page.evaluate(
    ({ files, where }) => {
      const transfer = new DataTransfer();
      for (const file of files) {
        const content = file.bytes ? new Uint8Array(file.bytes) : file.text;
        transfer.items.add(new File([content], file.name, { type: 'text/markdown' }));
      }
      const target = document.querySelector('#aligned-grid') ?? document.body;
      const box = target.getBoundingClientRect();
      const x = where === 'left' ? box.left + box.width * 0.25 : where === 'right' ? box.left + box.width * 0.75 : box.left + box.width / 2;
      const y = box.top + box.height / 2;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true, clientX: x, clientY: y }));
      }
    },
    { files, where },
  );
}

async function headerNames(page) {
  const names = await page.$$eval('.ahead-name', (elements) => elements.map((e) => e.textContent));
  // One view at a time: a replaced pair must not leave its outline or grid behind.
  const counts = await page.evaluate(() => [document.querySelectorAll('.outline').length, document.querySelectorAll('[role=grid]').length]);
  assert(counts[0] <= 1 && counts[1] <= 1 && names.length <= 2, `the page shows ${counts[0]} outlines and ${counts[1]} grids`);
  return names;
}

async function domNodeCount(page) {
  return page.evaluate(() => document.getElementsByTagName('*').length);
}

/** The review decision of each finding row, in table order. */
async function rowDecisions(page) {
  return page.$$eval('.frow', (rows) => rows.map((row) => row.dataset.decision));
}

async function waitDecisions(page, expected) {
  try {
    await page.waitForFunction(
      (expected) => [...document.querySelectorAll('.frow')].map((row) => row.dataset.decision).join() === expected.join(),
      expected,
      { timeout: 5000 },
    );
  } catch {
    throw new Error(`expected decisions ${expected.join(', ')}; the table shows ${(await rowDecisions(page)).join(', ')}`);
  }
}

/** Waits until the decisions are written to IndexedDB (a reload right after a click must not race the write). */
async function waitSaved(page) {
  await page.waitForSelector('[data-testid=decided-count][data-save=saved]', { timeout: 5000 });
}

/** Runs `trigger` and returns the file it downloads: its suggested name and its text. */
async function downloaded(page, trigger) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), trigger()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), bytes: readFileSync(path) };
}

/** Picks a file in one of the app's hidden file inputs. */
async function pickFile(page, testId, name, text) {
  await page.setInputFiles(`[data-testid=${testId}]`, { name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/**
 * The CLI on the seed pair as CI runs it, from the repository root with repository paths. The app knows
 * file names only; decisions match paths by their trailing segments, so its `smo.is.md` is `seeds/smo.is.md`.
 */
function cliOnSeeds(...extra) {
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, 'bin/mdparity.js'), 'compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--fail-on', 'warning', '--format', 'json', ...extra],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 20_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const cases = [
  {
    name: 'seed pair shows its three findings (and the shared typo as info)',
    async run(page, { base, screenshot }) {
      await openSeed(page, base);
      const rows = await page.$$eval('.frow', (rows) =>
        rows.map((row) => ({
          check: row.querySelector('.col-check')?.textContent,
          severity: row.querySelector('.col-severity')?.textContent?.trim(),
          left: row.querySelector('.col-left .excerpt-line')?.textContent,
          right: row.querySelector('.col-right .excerpt-line')?.textContent,
        })),
      );
      assert(rows.length === seedCount, `expected ${seedCount} findings, got ${rows.length}`);
      // What a reviewer sees: three warnings; the `,.` both files share is info.
      const severities = rows.map((row) => row.severity ?? '');
      assert(severities.filter((text) => /warning/i.test(text)).length === 3 && /info/i.test(severities[1]), `severities: ${severities.join(', ')}`);
      expectedSeed.forEach((expected, i) => {
        assert(rows[i].check === expected.check, `finding ${i + 1}: expected ${expected.check}, got ${rows[i].check}`);
        assert(
          rows[i].left === String(expected.left) && rows[i].right === String(expected.right),
          `finding ${i + 1}: lines ${rows[i].left}/${rows[i].right}`,
        );
      });
      const names = await headerNames(page);
      assert(names[0] === 'smo.is.md' && names[1] === 'smo.no.md', `headers: ${names}`);
      const langs = await page.$$eval('.acell-left .asource, .acell-right .asource', (cells) => [
        ...new Set(cells.map((c) => c.getAttribute('lang'))),
      ]);
      assert(langs.includes('is') && langs.includes('no'), `lang attributes: ${langs}`);
      // Every row states its status in words, not color alone.
      const statuses = await page.$$eval('.arow .agutter .status-text', (marks) => marks.map((m) => m.innerText));
      assert(statuses.length > 0 && statuses.every((s) => s && s.length > 0), 'a row has no status text');
      assert((await page.textContent('[data-testid=summary]')).includes(`${seedCount} findings`), `summary does not say ${seedCount} findings`);
      const outlineItems = await page.$$eval('[role=tree] [role=treeitem]', (items) => items.length);
      assert(outlineItems === 6, `outline has ${outlineItems} sections, expected 6`);
      await screenshot('01-seed');
    },
  },
  {
    name: 'selecting each finding scrolls to and highlights both spans',
    async run(page, { base, screenshot }) {
      await openSeed(page, base);
      for (const [i, expected] of expectedSeed.entries()) {
        await page.click(`.frow:nth-child(${i + 1}) .col-message`);
        const marks = await expectSelected(page, expected);
        if (expected.check === 'Link span') {
          assert(marks.left === 2 && marks.right === 2, `link span: expected 2 links per side, got ${marks.left}/${marks.right}`);
          assert(
            marks.leftText.includes('samfélagsmiðlaneta') && marks.rightText.includes('medienettverk for'),
            `link span texts: ${marks.leftText} / ${marks.rightText}`,
          );
        }
        if (expected.check === 'Heading format')
          assert(marks.leftText === '##' && marks.rightText === '##', `heading markers: ${marks.leftText} / ${marks.rightText}`);
        if (expected.check === 'Bullet marker') assert(marks.right === 2 && marks.rightText === '– | –', `bullet markers: ${marks.rightText}`);
        await screenshot(`02-selected-${expected.check.toLowerCase().replace(/ /g, '-')}`);
      }
      // A reload restores the selection from the URL.
      assert(page.url().includes(`finding=${seedCount - 1}`), `URL does not hold the selection: ${page.url()}`);
      await page.reload();
      await page.waitForSelector('.frow');
      await expectSelected(page, bulletMarker);
    },
  },
  {
    name: 'keyboard navigation visits every finding',
    async run(page, { base, screenshot, step }) {
      await openSeed(page, base);
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      for (const [i, expected] of expectedSeed.entries()) {
        await page.keyboard.press('j');
        await expectSelected(page, expected);
        assert((await counterText(page)) === `${i + 1} of ${seedCount}`, `counter says ${await counterText(page)}`);
        const announced = await page.textContent('[data-testid=live-region]');
        assert(announced.includes(`Finding ${i + 1} of ${seedCount}`), `live region says: ${announced}`);
      }
      await page.keyboard.press('j');
      assert((await counterText(page)) === `1 of ${seedCount}`, 'next does not wrap around');
      await page.keyboard.press('k');
      assert((await counterText(page)) === `${seedCount} of ${seedCount}`, 'previous does not wrap around');
      step('filtered counter');
      // The counter follows the filters.
      await page.click('.chip-heading-format');
      await page.waitForFunction(() => document.querySelectorAll('.frow').length === 1);
      await page.keyboard.press('j');
      assert((await counterText(page)) === '1 of 1', `filtered counter says ${await counterText(page)}`);
      await expectSelected(page, headingFormat);
      await page.click('.chip-heading-format');
      step('shortcuts overlay');
      // `?` lists the shortcuts; Escape closes the list.
      await page.keyboard.press('?');
      await page.waitForSelector('.shortcuts-dialog[open]');
      await screenshot('03-shortcuts');
      await page.keyboard.press('Escape');
      await page.waitForSelector('.shortcuts-dialog:not([open])', { state: 'attached' });
      step('arrow keys in the table');
      // Arrow keys in the findings table move the selection.
      await page.keyboard.press('f');
      await page.keyboard.press('ArrowUp');
      await expectSelected(page, punctuation);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expectSelected(page, bulletMarker);
      step('collapse');
      // Collapse rows without findings; a click opens a folded run.
      await page.keyboard.press('c');
      // The selected finding (bullet-marker) now shows its fix inline, so its row is tall and the folded run above it
      // may lie outside the virtualised window: go to the top, where the run is.
      await page.$eval('[data-testid=aligned-scroll]', (e) => e.scrollTo(0, 0));
      await page.waitForSelector('.acollapsed');
      await screenshot('03-collapsed');
      // A click opens that folded run, and only that one (the seed has a single run left to fold since its fourth finding split one).
      const folded = (await page.$$('.acollapsed')).length;
      await page.click('.acollapsed button');
      await page.waitForFunction((count) => document.querySelectorAll('.acollapsed').length === count, folded - 1);
      assert((await page.$('.aitem [data-row="5"]')) !== null, 'the opened run does not show its rows');
      await page.keyboard.press('e');
      await page.waitForFunction(() => document.querySelectorAll('.acollapsed').length === 0);
    },
  },
  {
    name: 'dropping files replaces the pair; bad input keeps it',
    async run(page, { base, screenshot }) {
      await openSeed(page, base);
      const german =
        '# Anleitung\n\n## Installation\n\nFühren Sie `npm install` aus.\n\nDanach `npm start`.\n\n## Nutzung\n\nSiehe [Handbuch](/manual).\n';
      const french = '# Guide\n\n## Installation\n\nExécutez `npm install`.\n\n## Utilisation\n\nVoir le [manuel](/manual).\n';
      await dropFiles(page, [
        { name: 'guide.de.md', text: german },
        { name: 'guide.fr.md', text: french },
      ]);
      await page.waitForFunction(() => document.querySelector('.ahead-name')?.textContent === 'guide.de.md');
      assert((await headerNames(page)).join() === 'guide.de.md,guide.fr.md', `headers: ${await headerNames(page)}`);
      await page.waitForSelector('.acell-gap');
      const checks = await page.$$eval('.frow .col-check', (cells) => cells.map((c) => c.textContent));
      assert(checks.includes('Missing block'), `expected a missing-block finding, got ${checks}`);
      assert(page.url().includes('pair=local'), `URL does not say pair=local: ${page.url()}`);
      await screenshot('04-dropped-pair');

      // One file dropped on the right half replaces the right side only.
      await dropFiles(
        page,
        [
          {
            name: 'guide.es.md',
            text: '# Guía\n\n## Instalación\n\nEjecute `npm install`.\n\nLuego `npm start`.\n\n## Uso\n\nVea el [manual](/manual).\n',
          },
        ],
        'right',
      );
      await page.waitForFunction(() => document.querySelectorAll('.ahead-name')[1]?.textContent === 'guide.es.md');
      assert((await headerNames(page))[0] === 'guide.de.md', 'the left side changed');

      // The file picker for the left side.
      await page.setInputFiles('[data-testid=file-left]', {
        name: 'guide.it.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from('# Guida\n\n## Installazione\n\nEsegui `npm install`.\n\nPoi `npm start`.\n\n## Uso\n\nVedi il [manuale](/manual).\n'),
      });
      await page.waitForFunction(() => document.querySelector('.ahead-name')?.textContent === 'guide.it.md');
      await dropFiles(page, [{ name: 'guide.de.md', text: german }], 'left');
      await page.waitForFunction(() => document.querySelector('.ahead-name')?.textContent === 'guide.de.md');

      // Swap.
      await page.click('button:has-text("Swap")');
      await page.waitForFunction(() => document.querySelector('.ahead-name')?.textContent === 'guide.es.md');

      // Binary junk: a clear message, the previous pair stays.
      await dropFiles(
        page,
        [{ name: 'photo.md', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52] }],
        'left',
      );
      await page.waitForSelector('[data-testid=error-banner]');
      const message = await page.textContent('[data-testid=error-banner]');
      assert(message.includes('photo.md') && message.includes('binary'), `error says: ${message}`);
      assert((await headerNames(page)).join() === 'guide.es.md,guide.de.md', 'the pair changed after bad input');
      await screenshot('04-binary-rejected');

      // A document the core refuses (InputError: nesting too deep): named, and the pair stays.
      await page.click('[data-testid=error-banner] button');
      await dropFiles(page, [{ name: 'deep.md', text: `${'> '.repeat(150)}deep\n` }], 'right');
      await page.waitForSelector('[data-testid=error-banner]');
      const deep = await page.textContent('[data-testid=error-banner]');
      assert(deep.includes('deep.md') && deep.includes('nesting too deep'), `error says: ${deep}`);
      assert((await headerNames(page)).join() === 'guide.es.md,guide.de.md', 'the pair changed after an InputError');

      // The own pair survives a reload (IndexedDB).
      await page.reload();
      await page.waitForFunction(() => document.querySelector('.ahead-name')?.textContent === 'guide.es.md');
    },
  },
  {
    name: 'hostile pair runs no script and loads nothing remote',
    strictConsole: true,
    async run(page, { base, screenshot, foreignRequests }) {
      await openSeed(page, base);
      await dropFiles(page, [
        { name: 'hostile.en.md', text: fixture('hostile.en.md') },
        { name: 'hostile.de.md', text: fixture('hostile.de.md') },
      ]);
      await page.waitForFunction(() => document.querySelector('.ahead-name')?.textContent === 'hostile.en.md');
      const inert = () =>
        page.evaluate(() => {
          const handlers = [];
          for (const element of document.querySelectorAll('*')) {
            for (const attribute of element.attributes) if (/^on/i.test(attribute.name)) handlers.push(`${element.tagName}[${attribute.name}]`);
          }
          const badLinks = [...document.querySelectorAll('a[href], img[src], iframe, object, embed, base, meta[http-equiv=refresh]')]
            .filter(
              (e) =>
                !e.matches('a[href], img[src]') || /^\s*(javascript|vbscript|data):/i.test(e.getAttribute('href') ?? e.getAttribute('src') ?? ''),
            )
            .map((e) => e.outerHTML.slice(0, 80));
          const scripts = [...document.querySelectorAll('script')].filter((s) => !s.src || !s.src.startsWith(location.origin)).length;
          const clobbered = document.getElementById('config') !== null || typeof document.getElementById !== 'function';
          return { handlers, badLinks, scripts, clobbered };
        });
      let state = await inert();
      assert(
        state.handlers.length === 0 && state.badLinks.length === 0 && state.scripts === 0 && !state.clobbered,
        `source view not inert: ${JSON.stringify(state)}`,
      );
      // The raw HTML is visible as text in the source view.
      const text = await page.textContent('.abody');
      assert(text.includes("<script>alert('raw html block')</script>"), 'raw HTML not shown as text');
      await screenshot('05-hostile-source');

      await page.keyboard.press('r');
      await page.waitForSelector('.apreview');
      await page.waitForFunction(() => document.querySelectorAll('.apreview .img-blocked').length > 0);
      await page.waitForTimeout(300);
      state = await inert();
      assert(
        state.handlers.length === 0 && state.badLinks.length === 0 && state.scripts === 0 && !state.clobbered,
        `preview not inert: ${JSON.stringify(state)}`,
      );
      const blocked = await page.$$eval('.apreview .img-blocked', (e) => e.map((x) => x.textContent));
      assert(
        blocked.some((b) => b.includes('tracker.example')),
        `remote image not blocked: ${blocked}`,
      );
      await screenshot('05-hostile-rendered');
      // Scroll through everything so every block is rendered once.
      await page.$eval('[data-testid=aligned-scroll]', (e) => e.scrollTo(0, e.scrollHeight));
      await page.waitForTimeout(300);
      state = await inert();
      assert(state.handlers.length === 0 && state.badLinks.length === 0, `preview not inert after scrolling: ${JSON.stringify(state)}`);
      assert(foreignRequests.length === 0, `requests left localhost: ${foreignRequests.join(', ')}`);
    },
  },
  {
    name: '10,000-block pair loads and scrolls virtualised',
    timeout: 90_000,
    async run(page, { base, screenshot }) {
      await openSeed(page, base);
      await page.evaluate(() => {
        const make = (lang, skip) => {
          const out = [];
          for (let i = 0; i < 10_000; i++) {
            if (i === skip) continue;
            if (i % 50 === 0) out.push(`## ${lang} ${i / 50 + 1}`);
            else if (i % 10 === 5) out.push(`- ${lang} ${i}\n- ${i + 1}`);
            else out.push(`${lang} ${i} [x](/p${i % 7}).`);
          }
          return out.join('\n\n') + '\n';
        };
        const transfer = new DataTransfer();
        transfer.items.add(new File([make('Left', -1)], 'big.en.md'));
        transfer.items.add(new File([make('Right', 4321)], 'big.de.md'));
        const target = document.querySelector('#aligned-grid');
        target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true, clientX: 600, clientY: 400 }));
      });
      // A progress indication shows while the worker compares.
      await page.waitForSelector('[data-testid=progress]', { timeout: 10_000 });
      await page.waitForFunction(() => document.querySelector('.ahead-name')?.textContent === 'big.en.md', null, { timeout: 80_000 });
      // A pair this large shows its first rows first; the summary comes with the whole comparison.
      await page.waitForSelector('[data-testid=summary]', { timeout: 80_000 });
      const summary = await page.textContent('[data-testid=summary]');
      assert(/10000 rows/.test(summary), `summary: ${summary}`);
      let nodes = await domNodeCount(page);
      assert(nodes < 5000, `DOM has ${nodes} elements after load`);
      await screenshot('06-large-top');
      for (const fraction of [0.5, 1]) {
        await page.$eval('[data-testid=aligned-scroll]', (e, f) => e.scrollTo(0, e.scrollHeight * f), fraction);
        await page.waitForTimeout(200);
        const rows = await page.$$eval('.aitem:not(.aitem-sticky) [data-row]', (e) => e.map((x) => Number(x.dataset.row)));
        assert(
          rows.length > 0 && Math.max(...rows) > 10_000 * fraction * 0.8,
          `after scrolling to ${fraction}, rendered rows ${Math.min(...rows)}–${Math.max(...rows)}`,
        );
        nodes = await domNodeCount(page);
        assert(nodes < 5000, `DOM has ${nodes} elements after scrolling`);
      }
      // The dropped paragraph is found, and selecting it scrolls there.
      await page.keyboard.press('j');
      await page.waitForSelector('.arow-selected');
      nodes = await domNodeCount(page);
      assert(nodes < 5000, `DOM has ${nodes} elements after selecting`);
      await screenshot('06-large-selected');
    },
  },
  {
    name: 'a large pair shows its first rows at once, then the whole comparison; one that fails keeps the previous pair',
    timeout: 60_000,
    async run(page, { base, screenshot, step }) {
      await openSeed(page, base);
      // About 270 KB per side: large enough for the app to show the heads' rows first.
      await page.evaluate(() => {
        const make = (lang, dropAt, tail = '') => {
          const out = [`# ${lang} guide`];
          for (let s = 1; s <= 150; s++) {
            out.push(`## ${lang} section ${s}`);
            for (let p = 0; p < 6; p++) {
              if (s === dropAt && p === 2) continue;
              out.push(
                `${lang} paragraph ${s}.${p} has a [link](/docs/${s}-${p}) and the number ${s * 100 + p}. ${`${lang} words `.repeat(20).trim()}.`,
              );
            }
            out.push(`- ${lang} item ${s} one\n- ${lang} item ${s} two\n- ${lang} item ${s} three`);
          }
          return `${out.join('\n\n')}\n${tail}`;
        };
        window.largePair = { left: make('Left', -1), right: make('Right', 120), broken: make('Right', -1, `\n${'> '.repeat(150)}deep\n`) };
        // Records what the page shows while the pair loads.
        window.seen = { partial: false, partialRows: null, maxNodes: 0 };
        new MutationObserver(() => {
          const grid = document.querySelector('#aligned-grid[data-partial]');
          window.seen.maxNodes = Math.max(window.seen.maxNodes, document.getElementsByTagName('*').length);
          if (grid && grid.querySelector('[data-row]')) window.seen.partial = true;
        }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-partial'] });
      });
      const drop = (names, right) =>
        page.evaluate(
          ({ names, right }) => {
            const transfer = new DataTransfer();
            transfer.items.add(new File([window.largePair.left], names[0]));
            transfer.items.add(new File([window.largePair[right]], names[1]));
            const target = document.querySelector('#aligned-grid');
            target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true, clientX: 600, clientY: 400 }));
          },
          { names, right },
        );
      /** Line numbers of the rows on screen, by row. */
      const shownLines = () =>
        page.$$eval('.aitem:not(.aitem-sticky) [data-row]', (rows) =>
          Object.fromEntries(rows.map((row) => [row.dataset.row, [...row.querySelectorAll('.aline')].map((line) => line.textContent).join('|')])),
        );

      step('first rows');
      await drop(['large.en.md', 'large.de.md'], 'right');
      await page.waitForSelector('#aligned-grid[data-partial] .abody [data-row]', { timeout: 20_000 });
      const partialLines = await shownLines();
      const partial = await page.evaluate(() => ({
        names: [...document.querySelectorAll('.ahead-name')].map((e) => e.textContent),
        summary: document.querySelector('[data-testid=summary-partial]')?.textContent ?? '',
        findings: document.querySelectorAll('.frow').length,
        empty: document.querySelector('.findings-empty')?.textContent ?? '',
        exportDisabled: document.querySelector('[data-testid=export-button]')?.disabled,
        statuses: [...new Set([...document.querySelectorAll('.arow .agutter [data-status]')].map((e) => e.dataset.status))],
        nodes: document.getElementsByTagName('*').length,
      }));
      assert(partial.names.join() === 'large.en.md,large.de.md', `first rows of ${partial.names}`);
      assert(/First \d+ rows/.test(partial.summary), `the summary bar says: ${partial.summary}`);
      assert(
        partial.findings === 0 && partial.empty.includes('Checking the whole pair'),
        `findings while comparing: ${partial.findings}, “${partial.empty}”`,
      );
      assert(partial.exportDisabled === true, 'the report can be exported before the pair is compared');
      assert(partial.statuses.join() === 'pending', `row statuses while comparing: ${partial.statuses}`);
      assert(partial.nodes < 5000, `DOM has ${partial.nodes} elements while comparing`);
      await screenshot('14-large-first-rows');

      step('the whole comparison');
      await page.waitForSelector('[data-testid=summary]', { timeout: 40_000 });
      assert((await page.$('#aligned-grid[data-partial]')) === null, 'still marked partial');
      const summary = await page.textContent('[data-testid=summary]');
      assert(/\d+ rows \(1 left only/.test(summary), `summary: ${summary}`);
      const checks = await page.$$eval('.frow .col-check', (cells) => cells.map((c) => c.textContent));
      assert(checks.includes('Missing block'), `findings: ${checks}`);
      // The rows shown first were the pair's own: nothing moved when the rest arrived.
      const finalLines = await shownLines();
      for (const [row, lines] of Object.entries(partialLines)) {
        if (finalLines[row] !== undefined) assert(finalLines[row] === lines, `row ${row} was ${lines} and is now ${finalLines[row]}`);
      }
      assert((await page.evaluate(() => window.seen.maxNodes)) < 5000, 'the DOM grew past 5000 elements while loading');
      await screenshot('14-large-complete');

      step('a large pair that fails');
      await page.evaluate(() => (window.seen.partial = false));
      await drop(['broken.en.md', 'broken.de.md'], 'broken');
      await page.waitForSelector('[data-testid=error-banner]', { timeout: 40_000 });
      const banner = await page.textContent('[data-testid=error-banner]');
      assert(
        banner.includes('broken.de.md') && banner.includes('nesting too deep') && banner.includes('previous pair is still shown'),
        `error says: ${banner}`,
      );
      assert(await page.evaluate(() => window.seen.partial), 'the first rows of the failing pair were never shown');
      assert((await headerNames(page)).join() === 'large.en.md,large.de.md', `after the failure the page shows ${await headerNames(page)}`);
      assert(
        (await page.$('#aligned-grid[data-partial]')) === null && (await page.$('[data-testid=summary]')) !== null,
        'the previous pair did not come back whole',
      );
      assert((await page.$$('.frow')).length === checks.length, 'the findings of the previous pair are not all back');

      step('a large pair dropped over one still comparing');
      await page.click('[data-testid=error-banner] button');
      await drop(['first.en.md', 'first.de.md'], 'right');
      await page.waitForTimeout(50);
      await drop(['second.en.md', 'second.de.md'], 'right');
      await page.waitForFunction(
        () => document.querySelector('.ahead-name')?.textContent === 'second.en.md' && document.querySelector('[data-testid=summary]'),
        null,
        { timeout: 40_000 },
      );
      await page.waitForTimeout(300);
      assert((await headerNames(page)).join() === 'second.en.md,second.de.md', `after two drops the page shows ${await headerNames(page)}`);
      assert(
        (await page.$('#aligned-grid[data-partial]')) === null && (await page.$('[data-testid=error-banner]')) === null,
        'the second pair did not load cleanly',
      );
    },
  },
  {
    name: 'highlights explain themselves; the outline and ruler navigate',
    strictConsole: true,
    async run(page, { base, screenshot }) {
      await openSeed(page, base);
      // Hovering a link says what it is and which finding it belongs to.
      const link = page.locator('[data-row="3"] .acell-left mark.hl-link').first();
      await link.hover();
      await page.waitForSelector('[role=tooltip]');
      const tip = await page.textContent('[role=tooltip]');
      assert(tip.includes('/social-networking-service-sns') && tip.includes('Finding 1: Link span'), `tooltip says: ${tip}`);
      assert((await link.getAttribute('aria-describedby')) === 'highlight-tooltip', 'the highlight is not tied to its tooltip');
      await screenshot('08-tooltip');
      // Links to the same target share a color on both sides.
      const colors = await page.$$eval('[data-row="3"] mark.hl-link', (marks) => [
        ...new Set(marks.map((m) => [...m.classList].find((c) => /^hl-c\d$/.test(c)))),
      ]);
      assert(colors.length === 1, `links to one target have colors ${colors}`);
      // Keyboard focus shows the tooltip too: select the finding, then Tab to its mark.
      await page.click('.frow:nth-child(1) .col-message');
      await page.waitForSelector('[data-row="3"].arow-selected');
      await page.focus('[data-row="3"] .acell-right mark[data-active=true]');
      await page.waitForFunction(
        () =>
          document.querySelector('[role=tooltip]')?.textContent.includes('medienettverk') ||
          document.querySelector('[role=tooltip]')?.textContent.includes('Link 2'),
      );
      // The outline is a tree; Enter on an entry scrolls to its section.
      await page.keyboard.press('l');
      const focusedRole = await page.evaluate(() => document.activeElement?.getAttribute('role'));
      assert(focusedRole === 'treeitem', `l focuses ${focusedRole}`);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => {
        const row = document.querySelector('[data-row="13"]');
        const scroller = document.querySelector('[data-testid=aligned-scroll]').getBoundingClientRect();
        if (!row) return false;
        const box = row.getBoundingClientRect();
        return box.top >= scroller.top - 1 && box.bottom <= scroller.bottom + 1;
      });
      // The ruler has one mark per finding; clicking one selects it.
      const marks = await page.$$('.ruler-mark');
      assert(marks.length === seedCount, `ruler has ${marks.length} marks`);
      await page.click('.ruler-mark[data-ruler-finding="2"]');
      await expectSelected(page, headingFormat);
      // The grid moves with the arrow keys; Enter selects the finding of the active row.
      await page.keyboard.press('v');
      assert((await page.evaluate(() => document.activeElement?.getAttribute('role'))) === 'grid', 'v does not focus the grid');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expectSelected(page, bulletMarker);
      // Filters go into the URL and come back from it.
      await page.click('.chip-bullet-marker');
      await page.waitForFunction(() => location.search.includes('check=bullet-marker'));
      await page.goto(`${base}/?check=link-span&finding=0`);
      await page.waitForSelector('.frow');
      assert((await page.$$('.frow')).length === 1, 'filter from the URL not applied');
      await expectSelected(page, expectedSeed[0]);
      assert((await counterText(page)) === '1 of 1', `counter says ${await counterText(page)}`);
    },
  },
  {
    name: 'languages come from file names, front matter or detection; RTL is marked',
    async run(page, { base, screenshot }) {
      await openSeed(page, base);
      const arabic = '---\nlang: ar\n---\n\n# دليل\n\nاقرأ [الدليل](/guide) أولاً، ثم شغّل `npm start`.\n';
      await dropFiles(page, [
        {
          name: 'guide.md',
          text: '# Guide\n\nRead the [guide](/guide) first, then run `npm start` to start the local development server and open the browser.\n',
        },
        { name: 'dalil.md', text: arabic },
      ]);
      await page.waitForFunction(() => document.querySelector('.ahead-name')?.textContent === 'guide.md');
      const langs = await page.$$eval('.ahead-lang', (e) => e.map((x) => x.textContent));
      assert(langs[0].includes('English') && langs[0].includes('detected'), `left language: ${langs[0]}`);
      assert(langs[1].includes('Arabic') && langs[1].includes('right to left'), `right language: ${langs[1]}`);
      const dirs = await page.$$eval('.acell-right .asource', (e) => [...new Set(e.map((x) => x.getAttribute('dir')))]);
      assert(dirs.length === 1 && dirs[0] === 'rtl', `right cells have dir ${dirs}`);
      await screenshot('09-rtl');
      // Paste / edit: the dialog replaces the pair from text.
      await page.click('button:has-text("Paste / edit")');
      await page.waitForSelector('.paste-dialog[open]');
      await page.fill('.paste-side:nth-child(1) input', 'notes.sv.md');
      await page.fill('.paste-side:nth-child(1) textarea', '# Anteckningar\n\nText.\n');
      await page.fill('.paste-side:nth-child(2) input', 'notes.fi.md');
      await page.fill('.paste-side:nth-child(2) textarea', '# Muistiinpanot\n\nTeksti.\n\nLisää.\n');
      await page.click('.paste-dialog button[type=submit]');
      await page.waitForFunction(() => document.querySelector('.ahead-name')?.textContent === 'notes.sv.md');
      const right = await page.textContent('.ahead-right .ahead-lang');
      assert(right.includes('Finnish'), `pasted right language: ${right}`);
    },
  },
  {
    name: 'dark theme and contrast',
    colorScheme: 'dark',
    async run(page, { base, screenshot }) {
      await openSeed(page, base);
      await page.click('.frow:nth-child(3)');
      await page.waitForSelector('.arow-selected');
      // A decided finding and the decision controls are part of what must read well.
      await page.click('[data-testid=decision-panel] .decide-to-fix');
      await page.waitForSelector('.frow:nth-child(3)[data-decision=to-fix]');
      const check = () =>
        page.evaluate(() => {
          const parse = (c) => {
            const m = c.match(/rgba?\(([^)]+)\)/);
            if (!m) return null;
            const [r, g, b, a = 1] = m[1]
              .split(/[ ,/]+/)
              .filter(Boolean)
              .map(Number);
            return { r, g, b, a };
          };
          const luminance = ({ r, g, b }) => {
            const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
            return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
          };
          const background = (element) => {
            for (let e = element; e; e = e.parentElement) {
              const c = parse(getComputedStyle(e).backgroundColor);
              if (c && c.a > 0.5) return c;
            }
            return parse(getComputedStyle(document.body).backgroundColor);
          };
          const failures = [];
          const selectors = [
            '.asource',
            '.aline',
            '.agap-text',
            '.status-text',
            '.ahead-lang',
            '.ahead-name',
            '.tree-title',
            '.tree-title-right',
            '.check-name',
            '.excerpt-line',
            '.excerpt-text',
            '.message',
            '.chip',
            '.chips-label',
            '.summary span',
            '.panel-title',
            'mark.hl',
            'mark.hl-active',
            'button',
            '.counter-text',
            '.section-title',
            '.brand-sub',
            '.dmark-text',
            '.dmark-comment',
            '.decision-label',
            '.decision-check',
            '.decision-hint',
            '.review-count',
            '.review-count .muted',
            '.config-status',
            '.link-button',
          ];
          for (const selector of selectors) {
            for (const element of [...document.querySelectorAll(selector)].slice(0, 12)) {
              if (!element.textContent.trim() || element.closest('[disabled]')) continue;
              const fg = parse(getComputedStyle(element).color);
              const bg = background(element);
              const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
              const ratio = (l1 + 0.05) / (l2 + 0.05);
              if (ratio < 4.5) failures.push(`${selector} “${element.textContent.trim().slice(0, 20)}” ${ratio.toFixed(2)}`);
            }
          }
          return [...new Set(failures)];
        });
      let failures = await check();
      assert(failures.length === 0, `dark theme contrast below 4.5:1: ${failures.slice(0, 6).join('; ')}`);
      await screenshot('07-dark');
      // The toggle cycles system → light → dark; light must pass too.
      await page.keyboard.press('t');
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
      failures = await check();
      assert(failures.length === 0, `light theme contrast below 4.5:1: ${failures.slice(0, 6).join('; ')}`);
      await screenshot('07-light');
    },
  },
  {
    name: 'decisions: marked in the table and the aligned view, accept-and-next, filter; they survive reload and bad input',
    async run(page, { base, screenshot, step }) {
      await openSeed(page, base);
      step('to fix, from the aligned view');
      await page.click('.frow:nth-child(1) .col-message');
      await page.waitForSelector('[data-row="3"] [data-testid=decision-view]');
      await page.click('[data-testid=decision-view] .decide-to-fix');
      await waitDecisions(page, ['to-fix', 'undecided', 'undecided', 'undecided']);
      // Icon and word, in the table and in the aligned row.
      const cell = await page.textContent('.frow:nth-child(1) .col-decision');
      assert(cell.includes('⚑') && cell.includes('To fix'), `table decision cell: ${cell}`);
      await page.waitForFunction(() => document.querySelector('[data-row="3"] .agutter [data-decision=to-fix]')?.textContent.includes('To fix'));
      step('comment, from the findings panel');
      await page.fill('[data-testid=decision-panel] input', 'ask the translator');
      await page.press('[data-testid=decision-panel] input', 'Enter');
      await page.waitForFunction(() => document.querySelector('.frow:nth-child(1) .col-decision')?.textContent.includes('ask the translator'));
      assert((await page.inputValue('[data-testid=decision-view] input')) === 'ask the translator', 'the aligned view shows another comment');

      step('accept and next');
      await page.click('.frow:nth-child(2) .col-message');
      await expectSelected(page, punctuation);
      await page.keyboard.press('a');
      await waitDecisions(page, ['to-fix', 'accepted', 'undecided', 'undecided']);
      await expectSelected(page, headingFormat);
      assert((await counterText(page)) === `3 of ${seedCount}`, `after accept-and-next the counter says ${await counterText(page)}`);
      const announced = await page.textContent('[data-testid=live-region]');
      // One numbering: the place in the list shown, as the counter says it.
      assert(
        announced.includes(`Finding 2 of ${seedCount} marked accepted`) && announced.includes(`Finding 3 of ${seedCount}`),
        `live region says: ${announced}`,
      );

      step('decision filter');
      await page.click('[aria-label=Decision] .chip-undecided');
      await page.waitForFunction(() => document.querySelectorAll('.frow').length === 2);
      assert(page.url().includes('decision=undecided'), `the decision filter is not in the URL: ${page.url()}`);
      // Accepting takes the next undecided finding; accepting the last one empties the filtered list; nothing else is touched.
      await page.keyboard.press('a');
      await page.waitForFunction(() => document.querySelectorAll('.frow').length === 1);
      await expectSelected(page, bulletMarker);
      await page.keyboard.press('a');
      await page.waitForFunction(() => document.querySelectorAll('.frow').length === 0);
      await page.click('[aria-label=Decision] .chip-undecided');
      await waitDecisions(page, ['to-fix', 'accepted', 'accepted', 'accepted']);
      await page.click('[aria-label=Decision] .chip-to-fix');
      await page.waitForFunction(() => document.querySelectorAll('.frow').length === 1);
      await page.click('[aria-label=Decision] .chip-to-fix');
      await waitSaved(page);
      assert((await page.textContent('[data-testid=decided-count]')).includes(`${seedCount} of ${seedCount} decided`), 'the decided count is wrong');
      await page.click('.frow:nth-child(1) .col-message');
      await page.waitForSelector('[data-testid=decision-view]');
      await screenshot('10-decisions');

      step('the ? overlay lists the key');
      await page.keyboard.press('?');
      await page.waitForSelector('.shortcuts-dialog[open]');
      const help = await page.textContent('.shortcuts-dialog');
      assert(/a\s*Accept the selected finding/.test(help), 'the shortcuts overlay does not list a');
      await page.keyboard.press('Escape');

      step('reload');
      await page.reload();
      await page.waitForSelector('.frow');
      await waitDecisions(page, ['to-fix', 'accepted', 'accepted', 'accepted']);
      assert((await page.textContent('.frow:nth-child(1) .col-decision')).includes('ask the translator'), 'the comment did not survive the reload');

      step('bad input keeps them');
      await dropFiles(page, [{ name: 'broken.no.md', bytes: [0x23, 0x20, 0x00, 0xff] }], 'right');
      await page.waitForSelector('[data-testid=error-banner]');
      await waitDecisions(page, ['to-fix', 'accepted', 'accepted', 'accepted']);
      await page.reload();
      await page.waitForSelector('.frow');
      await waitDecisions(page, ['to-fix', 'accepted', 'accepted', 'accepted']);
    },
  },
  {
    name: 'decisions: export, the CLI round trip, import into a fresh profile; a malformed file changes nothing',
    timeout: 45_000,
    async run(page, { base, screenshot, step }) {
      await openSeed(page, base);
      step('accept all four with the keyboard');
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('j');
      await expectSelected(page, expectedSeed[0]);
      for (let i = 0; i < seedCount; i++) await page.keyboard.press('a');
      await waitDecisions(page, ['accepted', 'accepted', 'accepted', 'accepted']);
      await waitSaved(page);

      step('export');
      const exported = await downloaded(page, () => page.click('[data-testid=export-decisions]'));
      // The app asks for .mdparity-decisions.json; Chromium drops a leading dot from downloads (no hidden files).
      assert(['.mdparity-decisions.json', 'mdparity-decisions.json'].includes(exported.name), `decisions file named ${exported.name}`);
      const file = JSON.parse(exported.text);
      assert(file.version === 1 && file.decisions.length === seedCount, `decisions file: ${exported.text.slice(0, 200)}`);
      assert(
        file.decisions.every(
          (d) => d.status === 'accepted' && d.left === 'smo.is.md' && d.right === 'smo.no.md' && /^[0-9a-f]{16}/.test(d.fingerprint),
        ),
        `decisions: ${exported.text.slice(0, 300)}`,
      );

      step('CLI round trip');
      const dir = mkdtempSync(join(tmpdir(), 'mdparity-decisions-'));
      try {
        const path = join(dir, '.mdparity-decisions.json');
        writeFileSync(path, exported.text);
        const help = spawnSync(process.execPath, [join(repoRoot, 'bin/mdparity.js'), '--help'], { encoding: 'utf8' }).stdout ?? '';
        assert(help.includes('--decisions'), 'the CLI has no --decisions option yet (run `npm run build:lib` once it is in src/cli)');
        const without = cliOnSeeds();
        assert(without.status === 1, `without decisions the CLI should fail on the three warnings; exit ${without.status}: ${without.stderr}`);
        const withDecisions = cliOnSeeds('--decisions', path);
        assert(
          withDecisions.status === 0,
          `with the app's decisions the CLI exits ${withDecisions.status}: ${withDecisions.stderr.trim() || withDecisions.stdout.slice(0, 300)}`,
        );
        const report = JSON.parse(withDecisions.stdout);
        assert(
          report.findings.length === seedCount && report.findings.every((f) => f.decision?.status === 'accepted'),
          'the CLI report does not mark the four findings accepted',
        );
        assert((report.decisions?.stale ?? []).length === 0, 'the CLI reports stale decisions');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }

      step('fresh profile');
      const fresh = await page
        .context()
        .browser()
        .newContext({ viewport: { width: 1400, height: 900 } });
      const errors = [];
      try {
        const other = await fresh.newPage();
        other.on('pageerror', (error) => errors.push(error.message));
        await openSeed(other, base);
        await waitDecisions(other, ['undecided', 'undecided', 'undecided', 'undecided']);

        step('malformed decisions file');
        await pickFile(other, 'file-decisions', 'broken.mdparity-decisions.json', '{"version": 2, "decisions": []}');
        await other.waitForSelector('[data-testid=error-banner]');
        let banner = await other.textContent('[data-testid=error-banner]');
        assert(
          banner.includes('"version" must be 1') && banner.includes('broken.mdparity-decisions.json') && banner.includes('Nothing was changed'),
          `error says: ${banner}`,
        );
        await pickFile(
          other,
          'file-decisions',
          'half.mdparity-decisions.json',
          JSON.stringify({ version: 1, decisions: [file.decisions[0], { ...file.decisions[1], status: 'maybe' }] }),
        );
        await other.waitForFunction(() => document.querySelector('[data-testid=error-banner]')?.textContent.includes('decisions[1].status'));
        await other.screenshot({ path: join(repoRoot, 'test-results/screenshots/11-decisions-import-error.png') });
        await waitDecisions(other, ['undecided', 'undecided', 'undecided', 'undecided']);

        step('import');
        await pickFile(other, 'file-decisions', '.mdparity-decisions.json', exported.text);
        await waitDecisions(other, ['accepted', 'accepted', 'accepted', 'accepted']);
        banner = await other.textContent('[data-testid=notice-banner]');
        assert(banner.includes(`Imported ${seedCount} decisions`) && banner.includes(`${seedCount} new`), `notice says: ${banner}`);
        assert((await other.$('[data-testid=error-banner]')) === null, 'the old error is still shown');
        await waitSaved(other);
        await other.reload();
        await other.waitForSelector('.frow');
        await waitDecisions(other, ['accepted', 'accepted', 'accepted', 'accepted']);
        assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
      } finally {
        await fresh.close();
      }
      await screenshot('11-decisions-exported');
    },
  },
  {
    name: 'every report format downloads, with the decisions in it',
    async run(page, { base, screenshot, step }) {
      await openSeed(page, base);
      await page.click('.frow:nth-child(1) .col-message');
      await page.click('[data-testid=decision-panel] .decide-accepted');
      await waitDecisions(page, ['accepted', 'undecided', 'undecided', 'undecided']);
      await page.click('[data-testid=export-button]');
      await page.waitForSelector('[role=menu] [role=menuitem]');
      assert(
        (await page.evaluate(() => document.activeElement?.getAttribute('role'))) === 'menuitem',
        'opening the menu does not focus its first item',
      );
      await screenshot('12-export-menu');
      await page.keyboard.press('Escape');
      await page.waitForSelector('[role=menu]', { state: 'detached' });
      const expected = { json: 'json', html: 'html', markdown: 'md', text: 'txt', csv: 'csv', sarif: 'sarif', junit: 'xml' };
      const files = {};
      for (const [format, extension] of Object.entries(expected)) {
        step(`export ${format}`);
        const file = await downloaded(page, async () => {
          await page.click('[data-testid=export-button]');
          await page.click(`[role=menuitem][data-format=${format}]`);
        });
        assert(file.name === `smo.no.mdparity.${extension}`, `${format} downloads as ${file.name}`);
        assert(file.text.length > 100, `${format} is ${file.text.length} characters`);
        files[format] = file.text;
      }
      const json = JSON.parse(files.json);
      assert(json.findings.length === seedCount && json.findings[0].check === 'link-span', `JSON findings: ${json.findings.map((f) => f.check)}`);
      assert(
        json.findings[0].decision?.status === 'accepted' && json.findings[1].decision === undefined && json.decisions?.applied === 1,
        'the JSON report does not carry the decision',
      );
      assert(
        files.csv.replace(/^\uFEFF/, '').startsWith('check,severity,section,left,right,left excerpt,right excerpt,message,decision\r\n'),
        `CSV header: ${files.csv.slice(0, 80)}`,
      );
      assert(files.csv.trim().split('\r\n').length === seedCount + 1, `CSV does not have ${seedCount} rows`);
      assert(
        !/<script/i.test(files.html) && /<html/i.test(files.html) && files.html.includes('link-span'),
        'the HTML report has a script or lacks the findings',
      );
      assert(files.text.includes('link-span') && files.text.includes('[accepted]'), 'the text report does not mark the accepted finding');
      assert(files.markdown.includes('link-span'), 'the Markdown report lacks the findings');
      const sarif = JSON.parse(files.sarif);
      assert(sarif.version === '2.1.0' && sarif.runs[0].results.length === seedCount, 'SARIF lacks the findings');
      assert(/<testsuites?[\s>]/.test(files.junit), 'JUnit is not a test suite');
    },
  },
  {
    name: 'configuration: link-span off removes its finding; an invalid one shows the error and keeps the state',
    async run(page, { base, screenshot, step }) {
      await openSeed(page, base);
      // A decision on the link-span finding becomes stale when the configuration turns the check off.
      await page.click('.frow:nth-child(1) .col-message');
      await page.click('[data-testid=decision-panel] .decide-accepted');
      await waitDecisions(page, ['accepted', 'undecided', 'undecided', 'undecided']);
      assert((await page.textContent('[data-testid=config-status]')).includes('Default settings'), 'a configuration is active from the start');

      step('valid configuration from the file picker');
      await pickFile(page, 'file-config', 'mdparity.config.json', JSON.stringify({ checks: { 'link-span': 'off', 'heading-format': 'error' } }));
      await page.waitForFunction(() => document.querySelectorAll('.frow').length === 3);
      const checks = await page.$$eval('.frow .col-check', (cells) => cells.map((c) => c.textContent));
      assert(checks.join() === 'Punctuation,Heading format,Bullet marker', `findings with link-span off: ${checks}`);
      assert((await page.textContent('.frow:nth-child(2) .col-severity')).includes('Error'), 'the configured severity is not applied');
      const status = await page.textContent('[data-testid=config-status]');
      assert(status.includes('mdparity.config.json') && status.includes('link-span off'), `config status: ${status}`);
      const stale = await page.textContent('[data-testid=stale-decisions]');
      assert(
        stale.includes('1 stale decision') && stale.includes('Link span') && stale.includes('turned off by the configuration'),
        `stale list: ${stale}`,
      );
      await screenshot('13-config-active');

      step('invalid configuration, dropped');
      await dropFiles(page, [{ name: 'mdparity.config.json', text: JSON.stringify({ checks: { 'link-span': 'loud' } }) }]);
      await page.waitForSelector('[data-testid=error-banner]');
      const banner = await page.textContent('[data-testid=error-banner]');
      assert(
        banner.includes('Configuration not applied') && banner.includes('“checks.link-span” must be one of') && banner.includes('stays in effect'),
        `error says: ${banner}`,
      );
      assert(
        (await page.$$('.frow')).length === 3 && (await page.textContent('[data-testid=config-status]')).includes('link-span off'),
        'the invalid configuration changed the state',
      );
      await screenshot('13-config-invalid');
      await pickFile(page, 'file-config', 'mdparity.config.json', '{"checks": {"no-such-check": "off"}');
      await page.waitForFunction(() => document.querySelector('[data-testid=error-banner]')?.textContent.includes('not valid JSON'));

      step('the configuration survives a reload');
      await page.reload();
      await page.waitForSelector('.frow');
      await page.waitForFunction(
        () =>
          document.querySelectorAll('.frow').length === 3 &&
          document.querySelector('[data-testid=config-status]')?.textContent.includes('mdparity.config.json'),
      );

      step('clearing it');
      await page.click('[data-testid=config-clear]');
      await page.waitForFunction((count) => document.querySelectorAll('.frow').length === count, seedCount);
      assert((await page.textContent('[data-testid=config-status]')).includes('Default settings'), 'the configuration is still shown');
      await waitDecisions(page, ['accepted', 'undecided', 'undecided', 'undecided']);
      assert((await page.$('[data-testid=stale-decisions]')) === null, 'the decision is still listed as stale');
    },
  },
];

// ---------------------------------------------------------------------------
// Real review work (issue 13): real pairs of about 200 findings each, the README of nodebestpractices in English and
// its Polish (stale, half the size), Hebrew (no language in the file name, right to left) and Japanese (CJK) versions.

const readme = (language) => ({ name: 'README.md', text: fixture(`nodebestpractices.${language}.md`) });

/** Opens a pair by dropping both files, and waits for its whole comparison (not only its first rows). */
async function openPair(page, base, left, right, { viewport } = {}) {
  if (viewport) await page.setViewportSize(viewport);
  await openSeed(page, base);
  await dropFiles(page, [left, right]);
  await page.waitForFunction(
    (names) => {
      const grid = document.querySelector('#aligned-grid');
      const shown = [...document.querySelectorAll('.ahead-name')].map((e) => e.textContent);
      return grid && !grid.hasAttribute('data-partial') && shown.join('|') === names && document.querySelectorAll('.frow').length > 0;
    },
    `${left.name}|${right.name}`,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(300);
}

/** The findings table as shown: id, check label and decision of each rendered row. */
async function tableRows(page) {
  return page.$$eval('.frow', (rows) =>
    rows.map((row) => ({ id: Number(row.dataset.findingId), check: row.querySelector('.col-check')?.textContent, decision: row.dataset.decision })),
  );
}

/** Waits until the aligned view has not moved for 200 ms (at most 3 s). */
async function scrollAtRest(page) {
  await page.evaluate(
    () =>
      new Promise((done) => {
        const scroller = document.querySelector('[data-testid=aligned-scroll]');
        const started = performance.now();
        let last = scroller.scrollTop;
        let since = performance.now();
        const check = () => {
          const now = performance.now();
          if (scroller.scrollTop !== last) {
            last = scroller.scrollTop;
            since = now;
          }
          if (now - since >= 200 || now - started > 3000) done();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

async function selectedId(page) {
  return page.evaluate(() => Number(document.querySelector('.frow-selected')?.dataset.findingId ?? NaN));
}

/**
 * Where the selected finding's highlighted span is: inside the aligned view's visible part, below the sticky
 * section heading; and the selected table row fully inside the findings table, below its header.
 */
async function selectionGeometry(page) {
  return page.evaluate(() => {
    const scroller = document.querySelector('[data-testid=aligned-scroll]').getBoundingClientRect();
    const sticky = document.querySelector('.aitem-sticky')?.getBoundingClientRect();
    const top = sticky && sticky.bottom > scroller.top ? sticky.bottom : scroller.top;
    const row = document.querySelector('.aitem:not(.aitem-sticky) .arow-selected');
    const marks = row ? [...row.querySelectorAll('[data-active=true]')] : [];
    const mark = marks.find((m) => m.tagName === 'MARK') ?? marks[0];
    const box = mark?.getBoundingClientRect();
    // The decision panel that sticks to the bottom of the view covers what is under it.
    const panel = row?.querySelector('.adecision')?.getBoundingClientRect();
    const bottom = panel && panel.top < scroller.bottom ? panel.top : scroller.bottom;
    const table = document.querySelector('[data-testid=findings-scroll]').getBoundingClientRect();
    const header = document.querySelector('.findings-table thead').getBoundingClientRect();
    const tr = document.querySelector('.frow-selected')?.getBoundingClientRect();
    return {
      row: row ? Number(row.dataset.row) : null,
      rowHeight: row?.getBoundingClientRect().height ?? 0,
      mark: mark ? mark.tagName : null,
      // In view: its start below the sticky heading, and all of it, unless it is taller than the view itself.
      spanVisible: Boolean(
        box &&
        box.height > 0 &&
        box.top >= top - 1 &&
        box.top < scroller.bottom - 16 &&
        (box.bottom <= scroller.bottom + 1 || box.height > scroller.bottom - top),
      ),
      spanTop: box ? Math.round(box.top - top) : null,
      tableRowVisible: Boolean(tr && tr.top >= header.bottom - 1 && tr.bottom <= table.bottom + 1),
      message: document.querySelector('[data-testid=decision-message-view]')?.textContent ?? null,
      // The whole message is on screen, beside the span.
      messageVisible: (() => {
        const m = document.querySelector('[data-testid=decision-message-view]')?.getBoundingClientRect();
        return Boolean(m && m.height > 0 && m.top >= scroller.top && m.bottom <= scroller.bottom + 1);
      })(),
    };
  });
}

cases.push(
  {
    name: 'j brings the highlighted span itself into view with the whole message; the selected table row stays visible (1024×768, 111 findings)',
    timeout: 120_000,
    async run(page, { base, screenshot, step }) {
      await openPair(page, base, readme('en'), { ...readme('pl'), name: 'README.pl.md' }, { viewport: { width: 1024, height: 768 } });
      const total = (await page.$$eval('.frow', (rows) => rows.length)) && Number((await counterText(page)).split(' of ')[1]);
      // 214 before repeated omissions were grouped into one finding each, 186 before untranslated runs and stale pages
      // were (issue 10: the en/pl README is a stale translation); enough for 30 presses of j either way.
      assert(total >= 100, `expected about 111 findings, the counter says ${await counterText(page)}`);
      let tallRows = 0;
      for (let i = 1; i <= 30; i++) {
        step(`j ${i}`);
        await page.keyboard.press('j');
        await page.waitForFunction((n) => document.querySelector('[data-testid=finding-counter]')?.textContent.startsWith(`${n} of`), i);
        await page.waitForTimeout(300);
        // The view's last settling pass runs 300 ms after the jump; on a loaded machine later: judge where it comes to rest.
        await scrollAtRest(page);
        const geometry = await selectionGeometry(page);
        const id = await selectedId(page);
        const message = await page.$eval(`.frow[data-finding-id="${id}"] .message`, (e) => e.getAttribute('title'));
        assert(geometry.row !== null, `finding ${i}: its row is not rendered`);
        if (geometry.rowHeight > 500) tallRows++;
        assert(
          geometry.spanVisible,
          `finding ${i} (row ${geometry.row}, ${geometry.rowHeight} px): its highlighted span is not in view (${geometry.spanTop} px from the top)`,
        );
        assert(geometry.tableRowVisible, `finding ${i}: the selected table row is cut off`);
        assert(geometry.message === message && message.length > 0, `finding ${i}: the message beside it is not the whole message`);
        assert(geometry.messageVisible, `finding ${i}: the message is not on screen`);
        if (i === 12) await screenshot('20-j-span-in-view-1024');
      }
      step('the decision bar says the same numbering as the counter');
      const label = await page.textContent('[data-testid=decision-view] .decision-label');
      assert(label.includes(`Finding 30 of ${total}`), `the decision bar says ${label}`);
      step('resize the findings panel; the selected row stays visible');
      const handle = await page.$('[data-testid=findings-resize]');
      const box = await handle.boundingBox();
      await page.mouse.move(box.x + 200, box.y + 5);
      await page.mouse.down();
      await page.mouse.move(box.x + 200, box.y - 150, { steps: 5 });
      await page.mouse.up();
      const panel = await page.$eval('[data-testid=findings-panel]', (e) => e.getBoundingClientRect().height);
      assert(panel > 370, `the findings panel is ${panel} px after dragging its edge up`);
      await page.keyboard.press('j');
      await page.waitForTimeout(300);
      assert((await selectionGeometry(page)).tableRowVisible, 'after resizing, the selected table row is cut off');
      await screenshot('21-findings-panel-resized-1024');
      console.log(`     (${tallRows} of 30 findings were in rows taller than 500 px)`);
    },
  },
  {
    name: 'an uncertain pairing says so in its status cell, with its reason, and is never shown as a match (en/pl README)',
    timeout: 120_000,
    async run(page, { base, screenshot, step }) {
      await openPair(page, base, readme('en'), { ...readme('pl'), name: 'README.pl.md' });
      step('scroll the whole view, reading every uncertain row');
      const seen = new Map();
      let headingAt = null;
      for (let pass = 0; pass < 400; pass++) {
        const { rows, atEnd, top } = await page.$eval('[data-testid=aligned-scroll]', (scroller) => ({
          rows: [...scroller.querySelectorAll('.aitem:not(.aitem-sticky) .arow:has(> .arow-cells > .agutter[data-uncertain])')].map((row) => {
            const gutter = row.querySelector('.agutter');
            return {
              row: Number(row.dataset.row),
              status: row.dataset.status,
              reasons: gutter.dataset.uncertain,
              // What is on screen (innerText skips what CSS hides), not only what the DOM holds.
              shown: gutter.innerText,
              title: gutter.getAttribute('title') ?? '',
              name: gutter.getAttribute('aria-label') ?? '',
              heading: Boolean(row.querySelector('.acell-left.acell-kind-heading') && row.querySelector('.acell-right.acell-kind-heading')),
              findings: row.classList.contains('arow-has-findings'),
            };
          }),
          // Up to the contributors' table near the end, a single HTML block 33 000 px tall that stalls the page as it renders
          // (a known problem of its own); the uncertain rows of this pair are all before it.
          atEnd:
            scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2 ||
            // Stop by the English line, which no change of the alignment moves: line 1677 is the row just before the table.
            [...scroller.querySelectorAll('.aitem:not(.aitem-sticky) .acell-left[data-line]')].some((cell) => Number(cell.dataset.line) >= 1677),
          top: scroller.scrollTop,
        }));
        for (const row of rows) {
          seen.set(row.row, row);
          if (headingAt === null && row.heading && !row.findings) headingAt = { row: row.row, top };
        }
        if (atEnd) break;
        // A screenful at a time (the virtualiser renders a few rows beyond it), then two frames for React to render.
        await page.$eval(
          '[data-testid=aligned-scroll]',
          (scroller) =>
            new Promise((done) => {
              scroller.scrollBy(0, scroller.clientHeight * 0.9);
              requestAnimationFrame(() => requestAnimationFrame(done));
            }),
        );
      }
      console.log(`     (${seen.size} uncertain rows read)`);
      // The core marks 12 rows of this pair uncertain (stale Polish translation: headings whose sections differ in length, prose with nothing shared).
      assert(seen.size >= 10, `only ${seen.size} uncertain rows shown: ${[...seen.keys()]}`);
      for (const row of seen.values()) {
        assert(row.status !== 'match' && !row.shown.includes('Match'), `row ${row.row} is uncertain (${row.reasons}) but shown as ${row.status}`);
        if (row.status !== 'error' && row.status !== 'warning') {
          assert(row.status === 'uncertain' && row.shown.includes('Uncertain pairing'), `row ${row.row}: status ${row.status}, “${row.shown}”`);
        }
        const words = {
          'no-shared-tokens': 'no shared link, code or number',
          'length-disagrees': 'lengths disagree',
          'order-broken': 'order broken',
        };
        for (const reason of row.reasons.split(' ')) {
          assert(row.shown.includes(words[reason]), `row ${row.row}: the status cell does not say “${words[reason]}”: ${row.shown}`);
          assert(
            row.title.includes(words[reason]) && row.name.includes('Uncertain pairing') && row.name.includes(words[reason]),
            `row ${row.row}: tooltip “${row.title}”, name “${row.name}”`,
          );
        }
      }
      step('a heading pair without findings, uncertain: once “✓ Match”');
      assert(headingAt !== null, 'no uncertain heading pair without findings was shown');
      await page.$eval('[data-testid=aligned-scroll]', (scroller, top) => scroller.scrollTo(0, top), headingAt.top);
      await page.waitForTimeout(200);
      await page.$eval(`.aitem:not(.aitem-sticky) [data-row="${headingAt.row}"]`, (row) => row.scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(200);
      await screenshot('30-uncertain-heading-pairing');
    },
  },
  {
    name: 'pins: a heading paired wrongly is pinned as having no counterpart (keyboard), another pinned to its real counterpart (mouse); saved with the decisions; undo',
    timeout: 120_000,
    async run(page, { base, screenshot, step }) {
      await openPair(page, base, readme('en'), { ...readme('pl'), name: 'README.pl.md' });
      // The stale Polish README has no “By Yoni Goldberg” section: the aligner pairs the English h1 (line 45) with the
      // Polish table of contents (“Spis treści”, line 46), unsure; the English “Table of Contents” (line 51) is left alone.
      const cell = (side, line) => `.aitem:not(.aitem-sticky) .acell-${side}[data-line="${line}"]`;
      // Either copy of the row: a heading row scrolled to the top of the view is drawn as the sticky one.
      const anyCell = (side, line) => `.acell-${side}[data-line="${line}"]`;
      const rowOf = (side, line) =>
        page.$eval(anyCell(side, line), (e) => {
          const row = e.closest('.arow');
          const other = row.querySelector(e.classList.contains('acell-left') ? '.acell-right' : '.acell-left');
          return { otherLine: other.dataset.line ?? null, pinned: row.classList.contains('arow-pinned'), status: row.dataset.status };
        });
      // Scrolls down from the top until the block's row is rendered, then centres it (the view may still be settling
      // after a re-alignment: it is checked again after the scroll).
      const reveal = async (side, line) => {
        await page.waitForTimeout(400);
        for (let attempt = 0; attempt < 3; attempt++) {
          await page.$eval('[data-testid=aligned-scroll]', (e) => e.scrollTo(0, 0));
          for (let i = 0; i < 60; i++) {
            const found = await page.$eval(
              '[data-testid=aligned-scroll]',
              (scroller, selector) => {
                const target = scroller.querySelector(selector);
                if (target) target.scrollIntoView({ block: 'center' });
                else scroller.scrollBy(0, scroller.clientHeight * 0.8);
                return Boolean(target);
              },
              cell(side, line),
            );
            await page.waitForTimeout(found ? 250 : 80);
            if (found) break;
          }
          if (await page.$(cell(side, line))) return;
        }
        throw new Error(`the ${side} block at line ${line} is not shown`);
      };
      const rowsSummary = async () => (await page.textContent('[data-testid=summary]')).match(/\d+ rows \([^)]*\)/)?.[0];
      const unpinned = await rowsSummary();
      step('before: English 45 ↔ Polish 46, uncertain');
      await reveal('left', 45);
      let row = await rowOf('left', 45);
      assert(row.otherLine === '46' && row.status === 'uncertain' && !row.pinned, `before pinning, row of left 45: ${JSON.stringify(row)}`);
      step('keyboard: “Pair…” on the English h1, then “No counterpart on the right”');
      await page.focus(`${cell('left', 45)} [data-testid=pin-start]`);
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid=pairing-bar]');
      assert(await page.$eval('[data-testid=pin-no-counterpart]', (e) => e === document.activeElement), 'the pairing bar does not take the focus');
      await page.waitForSelector(`${cell('right', 46)} [data-testid=pin-here]`);
      await screenshot('31-pairing-a-block');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !document.querySelector('[data-testid=pairing-bar]'));
      await page.waitForFunction(
        (selector) => {
          const e = document.querySelector(selector);
          return e && e.closest('.arow').querySelector('.acell-right.acell-gap') && e.closest('.arow').classList.contains('arow-pinned');
        },
        anyCell('left', 45),
        { timeout: 20_000 },
      );
      step('mouse: “Pair…” on the Polish table of contents, then “Pair here” on the English one');
      await reveal('right', 46);
      await page.click(`${cell('right', 46)} [data-testid=pin-start]`);
      await reveal('left', 51);
      await page.click(`${cell('left', 51)} [data-testid=pin-here]`);
      await page.waitForFunction(
        (selector) => document.querySelector(selector)?.closest('.arow').querySelector('.acell-right')?.dataset.line === '46',
        anyCell('left', 51),
        { timeout: 20_000 },
      );
      await page.waitForTimeout(300);
      row = await rowOf('left', 51);
      assert(row.otherLine === '46' && row.pinned && row.status !== 'uncertain', `after pinning, row of left 51: ${JSON.stringify(row)}`);
      await screenshot('32-pinned-pairing');
      step('the pins travel with the decisions file');
      await waitSaved(page);
      const exported = await downloaded(page, () => page.click('[data-testid=export-decisions]'));
      const file = JSON.parse(exported.text);
      assert(
        file.pins?.length === 2 &&
          file.pins[0].right === null &&
          /^[0-9a-f]{16}$/.test(file.pins[1].left?.fingerprint) &&
          file.pins[1].rightPath === 'README.pl.md',
        `exported pins: ${JSON.stringify(file.pins)}`,
      );
      step('u undoes the last pin, then the first');
      await page.$eval('[data-testid=aligned-scroll]', (e) => e.focus());
      await page.keyboard.press('u');
      await page
        .waitForFunction(
          (selector) => {
            const e = document.querySelector(selector);
            return e && e.closest('.arow').querySelector('.acell-right.acell-gap');
          },
          cell('left', 51),
          { timeout: 20_000 },
        )
        .catch(async () => {
          await reveal('left', 51);
        });
      await reveal('left', 51);
      row = await rowOf('left', 51);
      assert(row.otherLine === null, `after one undo, row of left 51: ${JSON.stringify(row)}`);
      await page.keyboard.press('u');
      await page.waitForFunction((rows) => document.querySelector('[data-testid=summary]')?.textContent.includes(rows), unpinned, {
        timeout: 20_000,
      });
      await reveal('left', 45);
      row = await rowOf('left', 45);
      assert(row.otherLine === '46' && !row.pinned, `after two undos, row of left 45: ${JSON.stringify(row)}`);
      step('importing the exported file, with a pin of another pair added, brings both pins back and keeps the other one');
      // The team's file also pins a block of the Japanese pair: it must not touch this pair, and must not be lost.
      const japanesePin = { left: { fingerprint: '0123456789abcdef' }, right: null, leftPath: 'README.md', rightPath: 'README.ja.md' };
      const shared = { ...file, pins: [...file.pins, japanesePin] };
      await pickFile(page, 'file-decisions', '.mdparity-decisions.json', JSON.stringify(shared));
      await page.waitForFunction((rows) => !document.querySelector('[data-testid=summary]')?.textContent.includes(rows), unpinned, {
        timeout: 20_000,
      });
      const notice = await page.textContent('[data-testid=notice-banner]');
      assert(notice.includes('2 pins') && notice.includes('1 pin kept for other pairs'), `the import says: ${notice}`);
      await reveal('left', 51);
      row = await rowOf('left', 51);
      assert(row.otherLine === '46' && row.pinned, `after importing, row of left 51: ${JSON.stringify(row)}`);
      step('a re-export keeps the other pair’s pin');
      await waitSaved(page);
      const again = JSON.parse((await downloaded(page, () => page.click('[data-testid=export-decisions]'))).text);
      assert(
        again.pins?.length === 3 && again.pins.some((pin) => pin.rightPath === 'README.ja.md' && pin.left?.fingerprint === '0123456789abcdef'),
        `re-exported pins: ${JSON.stringify(again.pins)}`,
      );
    },
  },
  {
    name: 'hiding a check in one click hides its rows and j skips it; chips are sorted by count; the table sort drives j',
    timeout: 120_000,
    async run(page, { base, screenshot, step }) {
      await openPair(page, base, readme('en'), { ...readme('pl'), name: 'README.pl.md' });
      step('chips by count');
      const chips = await page.$$eval('[aria-label=Check] .chip', (e) =>
        e.map((c) => ({ value: c.className.replace(/.*chip-/, ''), count: Number(c.querySelector('.chip-count').textContent) })),
      );
      assert(chips.length > 5, `only ${chips.length} check chips`);
      assert(
        chips.every((chip, i) => i === 0 || chips[i - 1].count >= chip.count),
        `chips are not sorted by count: ${chips.map((c) => c.count)}`,
      );
      const top = chips[0];
      const all = Number((await counterText(page)).replace(/^.* of /, ''));
      step(`the ids of the ${top.value} findings: shown alone, the ruler marks them`);
      await page.click(`[aria-label=Check] .chip-${top.value}`);
      await page.waitForFunction((n) => document.querySelector('[data-testid=finding-counter]')?.textContent.endsWith(`of ${n}`), top.count);
      // Those with a row (a document-wide count has none, and nothing in the view to mark).
      const hiddenIds = await page.$$eval('.ruler-mark', (marks) => marks.map((m) => m.dataset.rulerFinding));
      assert(hiddenIds.length > 0 && hiddenIds.length <= top.count, `the ruler marks ${hiddenIds.length} findings of ${top.count}`);
      await page.click(`[aria-label=Check] .chip-${top.value}`);
      await page.waitForFunction((n) => document.querySelector('[data-testid=finding-counter]')?.textContent.endsWith(`of ${n}`), all);
      step(`hide ${top.value} (${top.count})`);
      await page.click(`[data-chip="${top.value}"] .chip-hide`);
      await page.waitForFunction((n) => document.querySelector('[data-testid=finding-counter]')?.textContent.endsWith(`of ${n}`), all - top.count);
      const shown = all - top.count;
      assert(page.url().includes(`hide-check=${top.value}`), `the URL does not keep the hidden check: ${page.url()}`);
      const label = await page.$eval(`[data-chip="${top.value}"] .chip`, (e) => e.firstChild.textContent.trim());
      assert(
        (await tableRows(page)).every((row) => row.check !== label),
        `the table still shows ${label}`,
      );
      step('collapse: rows whose only findings are hidden fold away');
      await page.keyboard.press('c');
      await page
        .waitForFunction(() => location.search.includes('collapse=1'), null, { timeout: 5000 })
        .catch(() => {
          throw new Error(`c did not collapse: ${page.url()}`);
        });
      // Every row the view draws, a screenful at a time from the top: none marks or counts a hidden finding.
      const bars = new Set();
      for (let screen = 0; screen < 15; screen++) {
        for (const bar of await page.$$eval('.acollapsed', (e) => e.map((x) => x.dataset.collapsed))) bars.add(bar);
        const leak = await page.$eval(
          '[data-testid=aligned-scroll]',
          (scroller, { hiddenIds, label }) => {
            for (const row of scroller.querySelectorAll('.arow')) {
              const marked = [...row.querySelectorAll('[data-finding]')].flatMap((e) => e.dataset.finding.split(' '));
              const hidden = marked.find((id) => hiddenIds.includes(id));
              if (hidden) return `row ${row.dataset.row} marks hidden finding ${hidden}`;
              if (row.querySelector('.agutter')?.dataset.checks?.includes(label)) return `row ${row.dataset.row} counts ${label}`;
            }
            return null;
          },
          { hiddenIds, label },
        );
        assert(leak === null, `with ${label} hidden: ${leak}`);
        await page.$eval(
          '[data-testid=aligned-scroll]',
          (scroller) =>
            new Promise((done) => {
              scroller.scrollBy(0, scroller.clientHeight * 0.9);
              requestAnimationFrame(() => requestAnimationFrame(done));
            }),
        );
      }
      assert(bars.size > 0, 'collapsing folded nothing in the first 15 screens');
      await page.$eval('[data-testid=aligned-scroll]', (scroller) => scroller.scrollTo(0, 0));
      step('j visits only what is shown');
      const seen = new Set();
      for (let i = 0; i < Math.min(shown, 25); i++) {
        await page.keyboard.press('j');
        await page.waitForTimeout(120);
        const id = await selectedId(page);
        const check = await page.$eval(`.frow[data-finding-id="${id}"] .col-check`, (e) => e.textContent);
        assert(check !== label, `j selected a hidden ${label} finding`);
        seen.add(id);
        // The selected row's status counts only shown findings; a pairing the aligner is unsure of whose shown
        // findings are hints says “Uncertain pairing” instead of “Info” (never “Match”).
        const { status, uncertain } = await page.$eval('.aitem:not(.aitem-sticky) .arow-selected', (e) => ({
          status: e.dataset.status,
          uncertain: e.querySelector('.agutter').hasAttribute('data-uncertain'),
        }));
        assert(
          uncertain ? ['error', 'warning', 'uncertain'].includes(status) : ['error', 'warning', 'info'].includes(status),
          `the selected row's status is ${status}${uncertain ? ' (an uncertain pairing)' : ''}`,
        );
        // The status cell names the checks in it, as text on screen (the first two; the tooltip has them all).
        const checks = await page.$eval('.aitem:not(.aitem-sticky) .arow-selected .agutter', (e) => {
          const words = e.querySelector('[data-testid=row-checks]');
          const box = words?.getBoundingClientRect();
          const cell = e.getBoundingClientRect();
          return {
            shown: words?.innerText ?? '',
            onScreen: Boolean(box && box.width > 0 && box.height > 0 && box.left >= cell.left - 1 && box.right <= cell.right + 1),
            status: e.querySelector('.status-text')?.innerText ?? '',
            title: e.getAttribute('title') ?? '',
          };
        });
        assert(
          checks.onScreen && (checks.shown.includes(check) || (/\+\d+ more/.test(checks.shown) && checks.title.includes(check))),
          `the status cell shows “${checks.shown}” (tooltip “${checks.title}”), not ${check}`,
        );
        assert(checks.status.length > 0 && checks.status !== 'Match', `the status cell's word is “${checks.status}”`);
      }
      await screenshot('22-check-hidden');
      step('sort by check, descending: j follows the table');
      await page.click('th.col-check .sort-button');
      await page.click('th.col-check .sort-button');
      await page.waitForFunction(() => document.querySelector('th.col-check')?.getAttribute('aria-sort') === 'descending');
      await page.keyboard.press('Escape');
      await page.$eval('[data-testid=findings-scroll]', (e) => e.scrollTo(0, 0));
      await page.waitForTimeout(200);
      const order = (await tableRows(page)).map((row) => row.id);
      // j goes on from the current selection in the sorted table's order: select the table's first row, then six
      // presses in a row select the next six rows of the table (the table is virtualised: only its top is read).
      // The virtualised table may re-render between reading it and clicking: wait for the row to be there.
      const first = `.frow[data-finding-id="${order[0]}"] .col-message`;
      await page.waitForSelector(first, { state: 'attached', timeout: 5000 });
      await page.$eval(first, (cell) => cell.click());
      await page.waitForTimeout(100);
      const start = order.indexOf(await selectedId(page));
      assert(start === 0, `clicking the sorted table's first row selected finding ${await selectedId(page)}, not ${order[0]}`);
      for (let i = 1; i < 7 && start + i < order.length; i++) {
        await page.keyboard.press('j');
        await page.waitForTimeout(100);
        const id = await selectedId(page);
        assert(id === order[start + i], `j ${i} selected finding ${id}; the sorted table has ${order[start + i]} there`);
      }
      assert(page.url().includes('sort=-check'), `the sort is not in the URL: ${page.url()}`);
      step('show the check again');
      await page.click(`[data-chip="${top.value}"] .chip-hide`);
      await page.waitForFunction((n) => document.querySelector('[data-testid=finding-counter]')?.textContent.endsWith(`of ${n}`), all);
      assert(seen.size === Math.min(shown, 25), `j visited ${seen.size} findings`);
    },
  },
  {
    name: 'group by check, the same finding grouped: accept all of it, then undo (u and Ctrl+Z); x and d decide and move on',
    timeout: 120_000,
    async run(page, { base, screenshot, step }) {
      await openPair(page, base, readme('en'), { ...readme('he'), name: 'README.md' });
      step('group by check');
      await page.check('[data-testid=group-by-check]');
      await page.waitForSelector('.fgroup');
      const groups = await page.$$eval('.fgroup', (rows) => rows.map((r) => Number(r.querySelector('.chip-count').textContent)));
      assert(
        groups.every((n, i) => i === 0 || groups[i - 1] >= n),
        `groups are not sorted by count: ${groups}`,
      );
      step('the same finding, accepted at once');
      // Missing sections repeat the same message (a heading added on the left, its blocks aligned): shown on their own.
      await page.click('[aria-label=Check] .chip-missing-section');
      await page.waitForSelector('.fgroup[data-check=missing-section]');
      const same = await page.$('.fsame');
      assert(same, 'no repeated finding is grouped');
      const count = Number((await same.$eval('.fsame-count', (e) => e.textContent)).slice(1));
      assert(count >= 2, `a group of ${count}`);
      await same.$eval('.decide-accepted', (button) => button.click());
      await page.waitForFunction((count) => document.querySelectorAll('.frow[data-decision=accepted]').length === count, count);
      await waitSaved(page);
      assert((await page.textContent('[data-testid=decided-count]')).includes(`${count} of`), 'the decided count does not say it');
      await screenshot('23-same-finding-accepted');
      step('undo with u');
      await page.keyboard.press('u');
      await page.waitForFunction(() => document.querySelectorAll('.frow[data-decision=accepted]').length === 0);
      await page.click('[aria-label=Check] .chip-missing-section');
      step('accept every finding shown, then Ctrl+Z');
      await page.click('[aria-label=Severity] .chip-info');
      const info = Number(await page.$eval('[aria-label=Severity] .chip-info .chip-count', (e) => e.textContent));
      await page.click('[data-testid=bulk-accepted]');
      await page.waitForFunction(
        (info) => document.querySelector('[aria-label=Decision] .chip-accepted .chip-count')?.textContent === String(info),
        info,
      );
      await page.keyboard.press('Control+z');
      await page.waitForFunction(() => document.querySelector('[aria-label=Decision] .chip-accepted .chip-count')?.textContent === '0');
      await page.click('[aria-label=Severity] .chip-info');
      step('x and d: to fix and fixed, each moving on');
      await page.uncheck('[data-testid=group-by-check]');
      await page.keyboard.press('j');
      await page.waitForSelector('.frow-selected');
      const first = await selectedId(page);
      await page.keyboard.press('x');
      await page.waitForFunction((first) => Number(document.querySelector('.frow-selected')?.dataset.findingId) !== first, first);
      const second = await selectedId(page);
      await page.keyboard.press('d');
      await page.waitForFunction((second) => Number(document.querySelector('.frow-selected')?.dataset.findingId) !== second, second);
      const decided = Object.fromEntries((await tableRows(page)).map((row) => [row.id, row.decision]));
      assert(decided[first] === 'to-fix' && decided[second] === 'fixed', `x and d gave ${decided[first]} and ${decided[second]}`);
      await page.keyboard.press('u');
      await page.waitForFunction((second) => document.querySelector(`.frow[data-finding-id="${second}"]`)?.dataset.decision === 'undecided', second);
      await screenshot('24-one-key-per-decision');
    },
  },
  {
    name: 'two README.md ↔ README.md pairs keep their decisions apart',
    timeout: 150_000,
    async run(page, { base, step }) {
      step('English ↔ Hebrew: accept the first finding');
      await openPair(page, base, readme('en'), readme('he'));
      await page.keyboard.press('j');
      await page.waitForSelector('.frow-selected');
      await page.keyboard.press('a');
      await page.waitForFunction(() => document.querySelectorAll('.frow[data-decision=accepted]').length === 1);
      await waitSaved(page);
      step('the tab, the exported report’s title and its file name tell this pair from the next one');
      assert((await page.title()) === 'mdparity: README.md (en) ↔ README.md (he)', `the tab says “${await page.title()}”`);
      await page.click('[data-testid=export-button]');
      const html = await downloaded(page, () => page.click('[role=menuitem][data-format=html]'));
      const title = /<title>([^<]*)<\/title>/.exec(html.text)?.[1];
      assert(title === 'mdparity: README.md (en) ↔ README.md (he)', `the HTML report is titled “${title}”`);
      assert(html.name === 'README.he.mdparity.html', `the HTML report downloads as ${html.name}`);
      step('English ↔ Japanese: none of them');
      await dropFiles(page, [readme('en'), readme('ja')]);
      await page.waitForFunction(
        () => document.querySelector('[data-testid=lang-right]')?.dataset.lang === 'ja' && !document.querySelector('#aligned-grid[data-partial]'),
        null,
        { timeout: 60_000 },
      );
      await page.waitForTimeout(500);
      assert(
        (await page.textContent('[data-testid=decided-count]')).startsWith('0 of'),
        `the Japanese pair shows ${await page.textContent('[data-testid=decided-count]')}`,
      );
      assert((await page.$('[data-testid=stale-decisions]')) === null, 'the Japanese pair offers to forget the Hebrew pair’s decision');
      assert((await page.title()) === 'mdparity: README.md (en) ↔ README.md (ja)', `the tab says “${await page.title()}”`);
      step('English ↔ Hebrew again: its decision is there');
      await dropFiles(page, [readme('en'), readme('he')]);
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid=lang-right]')?.getAttribute('data-dir') === 'rtl' &&
          !document.querySelector('#aligned-grid[data-partial]'),
        null,
        { timeout: 60_000 },
      );
      await page.waitForFunction(() => document.querySelector('[data-testid=decided-count]')?.textContent.startsWith('1 of'));
    },
  },
  {
    name: 'a Hebrew README with no language in its name is laid out right to left; the pickers set language and direction',
    timeout: 120_000,
    async run(page, { base, screenshot, step }) {
      await openPair(page, base, readme('en'), readme('he'));
      step('direction from the script');
      const right = await page.$eval('[data-testid=lang-right]', (e) => ({ ...e.dataset }));
      assert(right.dir === 'rtl' && right.lang === 'he' && right.source === 'script', `the right side is ${JSON.stringify(right)}`);
      const dirs = await page.$$eval('.acell-right .asource', (cells) => [
        ...new Set(cells.map((c) => `${c.getAttribute('dir')}/${c.getAttribute('lang')}`)),
      ]);
      assert(dirs.length === 1 && dirs[0] === 'rtl/he', `right cells: ${dirs}`);
      const left = await page.$eval('[data-testid=lang-left]', (e) => e.dataset.dir);
      assert(left === 'ltr', `the English side is ${left}`);
      await screenshot('25-hebrew-rtl');
      step('the direction picker');
      await page.selectOption('[data-testid=dir-select-right]', 'ltr');
      await page.waitForFunction(() => document.querySelector('.acell-right .asource')?.getAttribute('dir') === 'ltr');
      step('the language picker');
      await page.selectOption('[data-testid=lang-select-right]', 'ar');
      await page.waitForFunction(() => {
        const cell = document.querySelector('.acell-right .asource');
        return cell?.getAttribute('dir') === 'rtl' && cell.getAttribute('lang') === 'ar';
      });
      await page.click('[data-testid=lang-right] .link-button');
      await page.waitForFunction(() => document.querySelector('.acell-right .asource')?.getAttribute('lang') === 'he');
      step('the outline puts the chosen section at the top, and shows its full titles on hover');
      // The innermost entry of that title (its ancestors contain it too).
      const item = (await page.$$('[role=tree] [role=treeitem]:has(.tree-title:text-is("Table of Contents"))')).at(-1);
      const titles = await item.$eval('.tree-titles', (e) => e.getAttribute('title'));
      assert(titles && titles.includes('\n'), `the outline entry's tooltip is ${titles}`);
      await item.$eval('.tree-titles', (e) => e.click());
      await page.waitForTimeout(500);
      const gap = await page.evaluate(() => {
        const scroller = document.querySelector('[data-testid=aligned-scroll]').getBoundingClientRect();
        const sticky = document.querySelector('.aitem-sticky');
        if (!sticky?.textContent.includes('Table of Contents')) return `another heading: ${sticky?.textContent.slice(0, 40)}`;
        return Math.round(sticky.getBoundingClientRect().top - scroller.top);
      });
      assert(gap === 0, `the chosen section's heading is not at the top: ${gap}`);
      step('Japanese (CJK) stays left to right');
      await dropFiles(page, [readme('en'), { ...readme('ja'), name: 'README-ja.md' }]);
      await page.waitForFunction(() => document.querySelector('.ahead-right .ahead-name')?.textContent === 'README-ja.md', null, { timeout: 60_000 });
      const ja = await page.$eval('[data-testid=lang-right]', (e) => ({ ...e.dataset }));
      assert(ja.dir === 'ltr' && ja.lang === 'ja' && ja.source === 'file name', `Japanese side: ${JSON.stringify(ja)}`);
    },
  },
  {
    name: 'the rendered preview shows MDX components and directives as labelled boxes, nothing executed',
    timeout: 90_000,
    async run(page, { base, screenshot, step }) {
      const mdx = (side) => readFileSync(new URL(`../fixtures/mdx/starlight-fr/${side}`, import.meta.url), 'utf8');
      // Not openPair: this faithful pair has no findings, and openPair waits for the findings table's rows.
      await openSeed(page, base);
      await dropFiles(page, [
        { name: 'install.mdx', text: mdx('left.en.mdx') },
        { name: 'install.fr.mdx', text: mdx('right.fr.mdx') },
      ]);
      await page.waitForFunction(
        () => [...document.querySelectorAll('.ahead-name')].map((e) => e.textContent).join('|') === 'install.mdx|install.fr.mdx',
        null,
        { timeout: 60_000 },
      );
      step('switch to the preview');
      // The button, not the r key: the key goes wherever the focus is once the dropped pair has loaded.
      await page.click('button[title="Rendered preview (r)"]');
      await page.waitForSelector('button[title="Rendered preview (r)"][aria-pressed=true]');
      await page.waitForFunction(() => document.querySelectorAll('.apreview .mdx-label').length > 0, null, { timeout: 30_000 });
      await page.waitForTimeout(300);
      const labels = await page.$$eval('.acell-right .apreview .mdx-label', (e) => e.map((x) => x.textContent));
      assert(labels.includes('<Steps>'), `no <Steps> box on the right: ${JSON.stringify(labels)}`);
      assert(
        labels.some((label) => label.startsWith(':::tip[Vous préférez')),
        `the tip's type and translated label are not shown: ${JSON.stringify(labels)}`,
      );
      // The Tabs inside the first step's list item show inside the list, by name and props.
      assert(labels.includes('<Tabs syncKey="pkg">'), `the nested Tabs are not shown: ${JSON.stringify(labels)}`);
      const scripts = await page.$$eval('.apreview script, .apreview [onclick], .apreview [onerror]', (e) => e.length);
      assert(scripts === 0, `${scripts} executable elements in the preview`);
      await screenshot('33-mdx-preview');
    },
  },
  {
    name: 'the rendered preview shows the finding marks and keeps the selected finding in view',
    timeout: 120_000,
    async run(page, { base, screenshot, step }) {
      await openPair(page, base, readme('en'), { ...readme('pl'), name: 'README.pl.md' });
      step('select a link finding');
      await page.click('[aria-label=Check] .chip-link-target');
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      await page.waitForTimeout(300);
      const before = await selectionGeometry(page);
      assert(before.spanVisible, 'the span is not in view in the source view');
      const toolbar = await page.$eval('.view-controls', (e) => e.getBoundingClientRect().height);
      step('switch to the preview');
      await page.keyboard.press('r');
      await page.waitForFunction(() => document.querySelector('.apreview mark.hl-finding'), null, { timeout: 30_000 });
      await page.waitForTimeout(400);
      const after = await selectionGeometry(page);
      assert(after.row === before.row, `the preview shows row ${after.row}, not the selected row ${before.row}`);
      assert(
        after.mark === 'MARK' && after.spanVisible,
        `the selected finding's mark is not in view in the preview (${after.mark}, ${after.spanTop})`,
      );
      const toolbarAfter = await page.$eval('.view-controls', (e) => e.getBoundingClientRect().height);
      assert(toolbarAfter === toolbar, `the toolbar's height changed from ${toolbar} to ${toolbarAfter} px`);
      await screenshot('26-preview-marks');
      step('j in the preview');
      await page.keyboard.press('j');
      await page.waitForTimeout(400);
      assert((await selectionGeometry(page)).spanVisible, 'after j in the preview the mark is not in view');
    },
  },
  {
    name: 'one file opened on the sample asks for the other version',
    async run(page, { base, screenshot, step }) {
      await openSeed(page, base);
      await dropFiles(page, [{ name: 'README.md', text: fixture('nodebestpractices.he.md') }], 'left');
      await page.waitForSelector('[data-testid=waiting-for-other]');
      const text = await page.textContent('[data-testid=waiting-for-other]');
      assert(text.includes('Now open the other version') && text.includes('README.md'), `the waiting state says: ${text}`);
      assert((await page.$('#aligned-grid')) === null, 'the file is compared with the sample');
      await screenshot('27-waiting-for-other');
      step('the other version');
      await page.setInputFiles('[data-testid=file-other]', {
        name: 'README.en.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from(fixture('nodebestpractices.en.md')),
      });
      await page.waitForFunction(
        () => [...document.querySelectorAll('.ahead-name')].map((e) => e.textContent).join('|') === 'README.md|README.en.md',
        null,
        { timeout: 60_000 },
      );
    },
  },
);

cases.push({
  name: 'a one-letter typo in a long link target is marked character by character',
  async run(page, { base, screenshot }) {
    await openSeed(page, base);
    await dropFiles(page, [
      {
        name: 'guide.en.md',
        text: '# Setup\n\nFollow the [installation guide](https://example.com/docs/getting-started/installation-on-linux) before you start.\n',
      },
      {
        name: 'guide.de.md',
        text: '# Einrichtung\n\nFolgen Sie der [Installationsanleitung](https://example.com/docs/getting-started/instalation-on-linux), bevor Sie beginnen.\n',
      },
    ]);
    await page.waitForFunction(() => document.querySelector('.ahead-right .ahead-name')?.textContent === 'guide.de.md');
    await page.keyboard.press('j');
    const marks = await page.$$eval('mark.hl-diff', (e) => e.map((m) => m.textContent));
    assert(marks.length === 1 && marks[0] === 'l', `character marks: ${JSON.stringify(marks)}`);
    await screenshot('28-character-diff');
  },
});

cases.push({
  name: 'the findings panel resizes from the keyboard, says its height, and keeps it across a reload',
  viewport: { width: 1280, height: 900 },
  async run(page, { base, screenshot, step }) {
    await openSeed(page, base);
    const state = () =>
      page.evaluate(() => {
        const handle = document.querySelector('[data-testid=findings-resize]');
        return {
          now: Number(handle.getAttribute('aria-valuenow')),
          min: Number(handle.getAttribute('aria-valuemin')),
          max: Number(handle.getAttribute('aria-valuemax')),
          text: handle.getAttribute('aria-valuetext') ?? '',
          panel: Math.round(document.querySelector('[data-testid=findings-panel]').getBoundingClientRect().height),
          focused: document.activeElement === handle,
        };
      });
    step('the separator says the default height');
    const initial = await state();
    assert(initial.now > 0 && Math.abs(initial.now - initial.panel) <= 1, `aria-valuenow ${initial.now}, panel ${initial.panel} px`);
    assert(initial.min === 140 && initial.max === 900 - 380 && initial.text.includes('default'), `separator ${JSON.stringify(initial)}`);
    step('Tab to it and press ArrowUp three times');
    await page.focus('[data-testid=findings-resize]');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    const raised = await state();
    assert(raised.focused, 'the separator lost focus');
    assert(raised.now === Math.min(initial.max, initial.now + 120), `after 3 × ArrowUp: ${raised.now} (from ${initial.now})`);
    assert(Math.abs(raised.panel - raised.now) <= 1, `aria-valuenow ${raised.now} but the panel is ${raised.panel} px`);
    step('ArrowDown steps back; Home goes to the minimum; End to the maximum');
    await page.keyboard.press('ArrowDown');
    assert((await state()).now === raised.now - 40, 'ArrowDown did not lower the panel by one step');
    await page.keyboard.press('Home');
    const lowest = await state();
    assert(lowest.now === 140 && Math.abs(lowest.panel - 140) <= 1, `Home: ${JSON.stringify(lowest)}`);
    await page.keyboard.press('End');
    assert((await state()).now === initial.max, 'End did not raise the panel to its maximum');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    const chosen = await state();
    await screenshot('40-findings-panel-keyboard');
    step('reload: the panel opens at the height it was left');
    await page.reload();
    await page.waitForSelector('.frow');
    const reloaded = await state();
    assert(
      reloaded.now === chosen.now && Math.abs(reloaded.panel - chosen.now) <= 1,
      `after reload ${JSON.stringify(reloaded)}, left at ${chosen.now}`,
    );
    step('Enter restores the default, which a reload keeps too');
    await page.focus('[data-testid=findings-resize]');
    await page.keyboard.press('Enter');
    await page.reload();
    await page.waitForSelector('.frow');
    const restored = await state();
    assert(restored.panel === initial.panel && restored.text.includes('default'), `after Enter and reload ${JSON.stringify(restored)}`);
  },
});

/**
 * Times one j press: from the keydown to the frame after the selected finding's mark is inside the aligned view.
 * Returns the time, the row it landed on and the size of that row's source text.
 */
async function timedNext(page) {
  await page.evaluate(() => {
    window.__opened = new Promise((done) => {
      window.addEventListener(
        'keydown',
        () => {
          const t0 = performance.now();
          const check = () => {
            const scroller = document.querySelector('[data-testid=aligned-scroll]').getBoundingClientRect();
            const row = document.querySelector('.aitem:not(.aitem-sticky) .arow-selected');
            const box = row?.querySelector('[data-active=true]')?.getBoundingClientRect();
            if (box && box.height > 0 && box.top < scroller.bottom && box.bottom > scroller.top) {
              const chars = [...row.querySelectorAll('.asource')].reduce((sum, e) => sum + e.textContent.length, 0);
              requestAnimationFrame(() => done({ ms: performance.now() - t0, row: Number(row.dataset.row), chars }));
            } else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        },
        { capture: true, once: true },
      );
    });
  });
  await page.keyboard.press('j');
  return page.evaluate(() => window.__opened);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

cases.push({
  name: 'opening a finding in a huge row (the 158 KB contributors’ table) takes a few times an ordinary row’s time, not minutes',
  timeout: 240_000,
  async run(page, { base, step, screenshot }) {
    await openPair(page, base, readme('en'), { ...readme('he'), name: 'README.he.md' });
    step('show the inline-format findings only: six in ordinary paragraphs, one in the contributors’ table');
    await page.keyboard.press('/');
    await page.keyboard.type('inline format');
    await page.waitForFunction(() => document.querySelectorAll('.frow').length === 7);
    await page.$eval('[data-testid=aligned-scroll]', (e) => e.focus());
    step('j through them three times, timing each press');
    const ordinary = [];
    const huge = [];
    for (let i = 0; i < 21; i++) {
      const hop = await timedNext(page);
      (hop.chars > 100_000 ? huge : ordinary).push(hop.ms);
      if (hop.chars > 100_000 && huge.length === 1) await screenshot('41-huge-row-opened');
      await page.waitForTimeout(200);
    }
    assert(huge.length === 3 && ordinary.length === 18, `${huge.length} hops to the huge row, ${ordinary.length} to ordinary ones`);
    // A ratio of medians, measured in one page: the machine's load slows both alike, so no bound in milliseconds.
    const ratio = median(huge) / median(ordinary);
    console.log(
      `     (huge row ${huge.map((ms) => ms.toFixed(0)).join(', ')} ms; ordinary median ${median(ordinary).toFixed(0)} ms; ratio ${ratio.toFixed(1)})`,
    );
    assert(ratio <= 5, `opening the huge row takes ${ratio.toFixed(1)} × an ordinary row's time`);
  },
});

/** The findings table's rows: check label and decision, in table order. */
async function checksShown(page) {
  return page.$$eval('.frow', (rows) => rows.map((row) => `${row.querySelector('.col-check')?.textContent} ${row.dataset.decision}`));
}

cases.push({
  name: 'fixes: the heading-format fix previewed, applied (the finding goes, decisions stay), undone with u, downloaded',
  async run(page, { base, step, screenshot }) {
    const seed = (name) => readFileSync(join(repoRoot, 'seeds', name), 'utf8');
    const icelandic = seed('smo.is.md');
    step('open the seed pair with the Icelandic file as the translation (the one written “##Hápunktar”)');
    await openPair(page, base, { name: 'smo.no.md', text: seed('smo.no.md') }, { name: 'smo.is.md', text: icelandic });
    const before = await checksShown(page);
    assert(
      before.join(', ') === 'Link span undecided, Punctuation undecided, Heading format undecided, Bullet marker undecided',
      `findings: ${before.join(', ')}`,
    );
    step('a decision made before the fix');
    await page.click('.frow:nth-child(1) .col-message');
    await page.keyboard.press('a');
    await waitDecisions(page, ['accepted', 'undecided', 'undecided', 'undecided']);
    step('the bullet-marker finding has no certain fix here (the pseudo-bullets are in the source): no apply button');
    await page.click('.frow:nth-child(4) .col-message');
    await page.waitForSelector('[data-testid=decision-view]');
    assert((await page.$$('[data-testid^=fix-], .fix-apply')).length === 0, 'a finding without a certain fix shows a fix');
    assert((await page.textContent('[data-testid=apply-all-fixes]'))?.includes('Apply all 1 fix'), 'the pair offers one fix in all');
    assert(await page.$eval('[data-testid=download-fixed]', (button) => button.disabled), 'nothing to download before a fix');
    step('the heading-format finding shows its fix: line 30, before → after');
    await page.click('.frow:nth-child(3) .col-message');
    await page.waitForSelector('[data-testid=fix-view]');
    const preview = await page.$eval('[data-testid=fix-view]', (fix) => ({
      number: fix.querySelector('.fix-line-number')?.textContent,
      before: fix.querySelector('.fix-before code')?.textContent,
      after: fix.querySelector('.fix-after code')?.textContent,
      text: fix.textContent,
    }));
    assert(
      preview.number === '30' && preview.before === '##Hápunktar' && preview.after === '## Hápunktar',
      `fix preview: ${JSON.stringify(preview)}`,
    );
    assert(await page.$('[data-testid=fix-panel] .fix-apply'), 'the findings panel shows the fix too');
    await screenshot('50-fix-preview');
    step('apply it: the finding is gone, the other findings and the decision stay');
    await page.click('[data-testid=fix-view] .fix-apply');
    await page.waitForFunction(() => document.querySelectorAll('.frow').length === 3, null, { timeout: 10_000 });
    const after = await checksShown(page);
    assert(after.join(', ') === 'Link span accepted, Punctuation undecided, Bullet marker undecided', `after the fix: ${after.join(', ')}`);
    assert((await page.textContent('[data-testid=summary]')).includes('3 findings'), 'the summary does not say 3 findings');
    const heading = await page.$$eval('.acell-right .asource', (cells) =>
      cells.map((cell) => cell.textContent).filter((text) => text.includes('Hápunktar')),
    );
    assert(heading.length === 1 && heading[0].startsWith('## Hápunktar'), `the right side shows ${JSON.stringify(heading)}`);
    assert((await page.$$('[data-testid=apply-all-fixes]')).length === 0, 'no fix is left to apply');
    await screenshot('51-fix-applied');
    step('download the fixed translation: its own name, the space added, nothing else changed');
    const file = await downloaded(page, () => page.click('[data-testid=download-fixed]'));
    assert(file.name === 'smo.is.md', `downloaded as ${file.name}`);
    assert(file.text.includes('\n## Hápunktar\n') && !file.text.includes('##Hápunktar'), 'the download does not hold the fixed heading');
    assert(file.text === icelandic.replace('##Hápunktar', '## Hápunktar'), 'the download changed more than the heading');
    step('u takes the fix back (the finding returns, selected), then u takes back the decision');
    await page.$eval('[data-testid=aligned-scroll]', (e) => e.focus());
    await page.keyboard.press('u');
    await page.waitForFunction(() => document.querySelectorAll('.frow').length === 4, null, { timeout: 10_000 });
    assert((await checksShown(page)).join(', ').startsWith('Link span accepted'), 'the decision did not survive the undo of the fix');
    await page.waitForSelector('.frow-selected');
    assert((await page.textContent('.frow-selected .col-check')) === 'Heading format', 'the finding taken back is not selected');
    assert(await page.$eval('[data-testid=download-fixed]', (button) => button.disabled), 'the text is as opened again: nothing to download');
    await page.keyboard.press('u');
    await waitDecisions(page, ['undecided', 'undecided', 'undecided', 'undecided']);
    step('“Apply all” fixes it again');
    await page.click('[data-testid=apply-all-fixes]');
    await page.waitForFunction(() => document.querySelectorAll('.frow').length === 3, null, { timeout: 10_000 });
  },
});

cases.push({
  name: 'fixes: a Korean translation saved with a BOM and CRLF downloads fixed with both kept',
  colorScheme: 'dark',
  async run(page, { base, step, screenshot }) {
    const english = '# Installation\r\n\r\n## Requirements\r\n\r\nReact needs Node.js 18 or later.\r\n\r\n## Usage\r\n\r\nRun `npm start`.\r\n';
    const korean = '# 설치\r\n\r\n##요구 사항\r\n\r\nReact는 Node.js 18 이상이 필요합니다.\r\n\r\n##사용법\r\n\r\n`npm start`를 실행하세요.\r\n';
    await openPair(
      page,
      base,
      { name: 'install.en.md', text: english },
      { name: 'install.ko.md', bytes: [0xef, 0xbb, 0xbf, ...Buffer.from(korean)] },
    );
    step('two heading-format findings, both fixable (in the dark theme); apply all');
    await page.click('.frow:nth-child(1) .col-message');
    await page.waitForSelector('[data-testid=fix-view] .fix-apply');
    await screenshot('52-fix-preview-dark');
    assert((await page.textContent('[data-testid=apply-all-fixes]'))?.includes('Apply all 2 fixes'), 'expected two fixes');
    await page.click('[data-testid=apply-all-fixes]');
    await page.waitForFunction(
      () => document.querySelectorAll('.frow').length === 0 && !document.querySelector('[data-testid=apply-all-fixes]'),
      null,
      {
        timeout: 10_000,
      },
    );
    step('download: the byte order mark, the CRLF line endings and the name kept');
    const file = await downloaded(page, () => page.click('[data-testid=download-fixed]'));
    assert(file.name === 'install.ko.md', `downloaded as ${file.name}`);
    assert(file.bytes[0] === 0xef && file.bytes[1] === 0xbb && file.bytes[2] === 0xbf, 'the byte order mark was lost');
    assert(
      file.bytes.subarray(3).toString('utf8') === korean.replace('##요구', '## 요구').replace('##사용법', '## 사용법'),
      'the text is not the fixed one, CRLF kept',
    );
  },
});

/**
 * Whether the row drawn at item `index` (or, without an index, the selected or the keyboard's active row) has its
 * line numbers and its status inside the aligned view, below the sticky section heading: what a reviewer reads first.
 */
async function rowHeadVisible(page, which) {
  return page.evaluate((which) => {
    const scroller = document.querySelector('[data-testid=aligned-scroll]').getBoundingClientRect();
    const sticky = document.querySelector('.aitem-sticky');
    const stickyBox = sticky?.getBoundingClientRect();
    let top = stickyBox && stickyBox.bottom > scroller.top ? stickyBox.bottom : scroller.top;
    const item =
      which === 'sticky-next'
        ? document.querySelector(`.aitem[data-index="${Number(sticky?.dataset.index) + 1}"]`)
        : (document.querySelector(`.aitem:not(.aitem-sticky):has(.${which})`) ?? document.querySelector(`.aitem-sticky:has(.${which})`));
    const row = item?.querySelector('.arow');
    if (!row) return { found: false };
    // A heading row can be the sticky heading itself: then it is what is at the top.
    if (item === sticky) top = scroller.top;
    const parts = [
      ...row.querySelectorAll(':scope > .arow-cells > .acell > .aline'),
      row.querySelector(':scope > .arow-cells > .agutter > :first-child'),
    ];
    const boxes = parts.filter(Boolean).map((e) => e.getBoundingClientRect());
    return {
      found: true,
      row: Number(row.dataset.row),
      sticky: sticky ? sticky.textContent.slice(0, 40) : null,
      stickyBottom: Math.round(top - scroller.top),
      tops: boxes.map((b) => Math.round(b.top - scroller.top)),
      fits: row.getBoundingClientRect().height < scroller.bottom - top,
      visible: boxes.length >= 2 && boxes.every((b) => b.height > 0 && b.top >= top - 1 && b.bottom <= scroller.bottom + 1),
    };
  }, which);
}

cases.push({
  name: 'the sticky section heading never covers the line numbers and status of the row under it (outline, arrow keys, j)',
  timeout: 120_000,
  async run(page, { base, screenshot, step }) {
    await openPair(page, base, readme('en'), { ...readme('pl'), name: 'README.pl.md' });
    step('the outline widens by dragging its right edge, shows more of its titles, and steps from the keyboard');
    const outline = await page.$('.outline');
    const box = await outline.boundingBox();
    const clipped = () => page.$$eval('[role=tree] .tree-title', (titles) => titles.filter((t) => t.scrollWidth > t.clientWidth + 1).length);
    const clippedBefore = await clipped();
    const edge = await (await page.$('[data-testid=outline-resize]')).boundingBox();
    await page.mouse.move(edge.x + edge.width / 2, edge.y + 200);
    await page.mouse.down();
    await page.mouse.move(edge.x + edge.width / 2 + 160, edge.y + 200, { steps: 6 });
    await page.mouse.up();
    const wider = Math.round((await outline.boundingBox()).width);
    assert(Math.abs(wider - (box.width + 160)) <= 2, `the outline is ${wider} px wide after dragging its edge 160 px (was ${box.width})`);
    const clippedAfter = await clipped();
    assert(clippedAfter < clippedBefore, `clipped titles: ${clippedBefore} before, ${clippedAfter} after`);
    await page.focus('[data-testid=outline-resize]');
    await page.keyboard.press('ArrowLeft');
    const stepped = await page.$eval('[data-testid=outline-resize]', (e) => ({
      now: Number(e.getAttribute('aria-valuenow')),
      width: Math.round(e.parentElement.getBoundingClientRect().width),
    }));
    assert(stepped.now === wider - 40 && Math.abs(stepped.width - stepped.now) <= 1, `after ArrowLeft: ${JSON.stringify(stepped)}`);
    await screenshot('64-outline-widened');
    const entries = await page.$$('[role=tree] .tree-titles');
    assert(entries.length > 20, `the outline has ${entries.length} entries`);
    for (const n of [4, 9, 16, 23]) {
      step(`outline entry ${n}: the first row of its section`);
      await entries[n].click();
      await page.waitForTimeout(400);
      await scrollAtRest(page);
      const next = await rowHeadVisible(page, 'sticky-next');
      assert(next.found && next.visible, `outline entry ${n}: the row under the heading is covered: ${JSON.stringify(next)}`);
      if (n === 9) await screenshot('60-sticky-outline-next-row');
      step(`outline entry ${n}, then ArrowUp: the last row of the section before`);
      await page.keyboard.press('v');
      await page.keyboard.press('ArrowUp');
      await page.waitForTimeout(300);
      await scrollAtRest(page);
      const above = await rowHeadVisible(page, 'arow-active');
      assert(above.found && above.visible, `outline entry ${n}, ArrowUp: the active row is covered: ${JSON.stringify(above)}`);
      if (n === 9) await screenshot('61-sticky-arrow-up');
      await page.keyboard.press('Escape');
    }
    step('j: every selected row that fits below the heading shows its line numbers and status');
    await page.$eval('[data-testid=aligned-scroll]', (e) => e.scrollTo(0, 0));
    let checked = 0;
    for (let i = 1; i <= 20; i++) {
      await page.keyboard.press('j');
      await page.waitForFunction((n) => document.querySelector('[data-testid=finding-counter]')?.textContent.startsWith(`${n} of`), i);
      await page.waitForTimeout(300);
      await scrollAtRest(page);
      const selected = await rowHeadVisible(page, 'arow-selected');
      assert(selected.found, `finding ${i}: its row is not rendered`);
      if (!selected.fits) continue;
      checked++;
      assert(selected.visible, `finding ${i}: the selected row's line numbers or status are covered: ${JSON.stringify(selected)}`);
    }
    assert(checked >= 10, `only ${checked} of 20 selected rows fit the view`);
  },
});

cases.push({
  name: 'a list-marker finding marks the markers, not the whole list, and draws no wavy line under each of them',
  async run(page, { base, screenshot, step }) {
    await openSeed(page, base);
    const row = `.aitem:not(.aitem-sticky) [data-row="${bulletMarker.row}"]`;
    // The list is near the end of the seed pair: the virtualised view draws it once scrolled there.
    await page.$eval('[data-testid=aligned-scroll]', (e) => e.scrollTo(0, e.scrollHeight));
    await page.waitForSelector(row, { state: 'attached' });
    const look = () =>
      page.$eval(row, (e) => ({
        markers: [...e.querySelectorAll('.hl-bullet-marker.hl-finding')].map((m) => ({
          text: m.textContent,
          underline: getComputedStyle(m).textDecorationLine.includes('underline'),
        })),
        // A block-level finding that marked both whole cells would leave nothing to look at.
        wholeCells: e.querySelectorAll('.acell-whole').length,
      }));
    step('not selected');
    const before = await look();
    assert(before.markers.length >= 2, `the list's markers are not marked: ${JSON.stringify(before)}`);
    assert(
      before.markers.every((m) => !m.underline),
      `a wavy line under the markers: ${JSON.stringify(before.markers)}`,
    );
    assert(before.wholeCells === 0, `${before.wholeCells} whole cells marked`);
    step('selected: still the markers only');
    await page.click(`.frow:nth-child(${expectedSeed.indexOf(bulletMarker) + 1}) .col-message`);
    await page.waitForSelector(`[data-row="${bulletMarker.row}"].arow-selected`);
    const after = await look();
    assert(after.markers.length === before.markers.length && after.wholeCells === 0, `selected: ${JSON.stringify(after)}`);
    await screenshot('62-list-markers-marked');
  },
});

cases.push({
  name: 'hiding a severity in one click hides its findings and j skips them; check groups fold and open with their counts',
  timeout: 120_000,
  async run(page, { base, screenshot, step }) {
    await openPair(page, base, readme('en'), { ...readme('pl'), name: 'README.pl.md' });
    const all = Number((await counterText(page)).replace(/^.* of /, ''));
    const info = Number(await page.$eval('[aria-label=Severity] .chip-info .chip-count', (e) => e.textContent));
    assert(info > 0 && info < all, `${info} info findings of ${all}`);
    step(`hide info (${info}) in one click`);
    await page.click('[aria-label=Severity] [data-chip=info] .chip-hide');
    await page.waitForFunction((n) => document.querySelector('[data-testid=finding-counter]')?.textContent.endsWith(`of ${n}`), all - info);
    assert(page.url().includes('hide-severity=info'), `the URL does not keep the hidden severity: ${page.url()}`);
    const severities = await page.$$eval('.frow .col-severity', (cells) => [...new Set(cells.map((c) => c.textContent.trim().toLowerCase()))]);
    assert(severities.length > 0 && severities.every((s) => !s.includes('info')), `the table still shows ${severities}`);
    step('j visits no info finding');
    for (let i = 1; i <= 15; i++) {
      await page.keyboard.press('j');
      await page.waitForFunction((n) => document.querySelector('[data-testid=finding-counter]')?.textContent.startsWith(`${n} of`), i);
      const severity = await page.$eval('.frow-selected .col-severity', (e) => e.textContent.trim().toLowerCase());
      assert(!severity.includes('info'), `j ${i} selected an info finding`);
      const status = await page.$eval('.aitem:not(.aitem-sticky) .arow-selected', (e) => e.dataset.status);
      assert(status !== 'info', `j ${i}: the selected row reads as info`);
    }
    step('group by check: a group folds to its header, with its count, and opens again');
    await page.check('[data-testid=group-by-check]');
    await page.waitForSelector('.fgroup');
    await page.$eval('[data-testid=findings-scroll]', (e) => e.scrollTo(0, 0));
    await page.waitForTimeout(200);
    const group = await page.$eval('.fgroup', (e) => ({ check: e.dataset.check, count: Number(e.querySelector('.chip-count').textContent) }));
    const label = await page.$eval(`[aria-label=Check] .chip-${group.check}`, (e) => e.firstChild.textContent.trim());
    const rowsOf = () => page.$$eval('.frow .col-check', (cells, label) => cells.filter((c) => c.textContent === label).length, label);
    // The group counts the findings shown (no info among them), as rows under it.
    assert(group.count > 0 && (await rowsOf()) === group.count, `the open ${label} group counts ${group.count} and shows ${await rowsOf()} rows`);
    await page.click(`.fgroup[data-check="${group.check}"] .fgroup-toggle`);
    await page.waitForFunction(
      (check) => document.querySelector(`.fgroup[data-check="${check}"] .fgroup-toggle`)?.getAttribute('aria-expanded') === 'false',
      group.check,
    );
    // Folded, it keeps the selected finding in sight, and nothing else.
    const rowsLeft = await page.$$eval(
      '.frow:not(.frow-selected) .col-check',
      (cells, label) => cells.filter((c) => c.textContent === label).length,
      label,
    );
    assert(rowsLeft === 0, `the folded ${label} group still shows ${rowsLeft} rows besides the selected one`);
    assert(
      Number(await page.$eval(`.fgroup[data-check="${group.check}"] .chip-count`, (e) => e.textContent)) === group.count,
      'the folded group lost its count',
    );
    await screenshot('63-severity-hidden-group-folded');
    await page.click(`.fgroup[data-check="${group.check}"] .fgroup-toggle`);
    await page.waitForFunction((label) => [...document.querySelectorAll('.frow .col-check')].some((c) => c.textContent === label), label);
  },
});

cases.push({
  name: 'each line of the Hebrew source takes its own direction: a line that starts in Latin script reads left to right, one in Hebrew right to left',
  timeout: 120_000,
  async run(page, { base, screenshot, step }) {
    await openPair(page, base, readme('en'), readme('he'));
    step('read the right side, a screenful at a time');
    const seen = { latin: 0, hebrew: 0 };
    for (let screen = 0; screen < 12; screen++) {
      const found = await page.$eval('[data-testid=aligned-scroll]', (scroller) => {
        const view = scroller.getBoundingClientRect();
        const out = [];
        for (const cell of scroller.querySelectorAll('.aitem:not(.aitem-sticky) .acell-right .asource')) {
          const box = cell.getBoundingClientRect();
          if (box.bottom < view.top || box.top > view.bottom) continue;
          // The cell's text, character by character, with the text node each character sits in.
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          const chars = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let i = 0; i < node.data.length; i++) chars.push({ node, i, c: node.data[i] });
          }
          const text = chars.map((x) => x.c).join('');
          let start = 0;
          for (const line of text.split('\n')) {
            const lineStart = start;
            start += line.length + 1;
            if (!/[\u0590-\u05FF]/.test(line) || !/[A-Za-z]/.test(line)) continue;
            const strong = /[\u0590-\u05FFA-Za-z]/.exec(line)[0];
            const lead = line.search(/\S/);
            const at = chars[lineStart + lead];
            const range = document.createRange();
            range.setStart(at.node, at.i);
            range.setEnd(at.node, at.i + 1);
            const glyph = range.getBoundingClientRect();
            if (glyph.height === 0 || glyph.top < view.top || glyph.bottom > view.bottom) continue;
            out.push({
              script: /[A-Za-z]/.test(strong) ? 'latin' : 'hebrew',
              line: line.slice(0, 50),
              fromLeft: Math.round(glyph.left - box.left),
              fromRight: Math.round(box.right - glyph.right),
            });
          }
        }
        return out;
      });
      for (const line of found) {
        // A mixed line's first character sits at the start of its own direction: the left edge for a line whose first
        // letter is Latin, the right edge for one whose first letter is Hebrew (whatever the cell's direction).
        if (line.script === 'latin') {
          assert(line.fromLeft <= 48, `“${line.line}” starts in Latin script but is not laid out from the left: ${JSON.stringify(line)}`);
        } else {
          assert(line.fromRight <= 48, `“${line.line}” starts in Hebrew but is not laid out from the right: ${JSON.stringify(line)}`);
        }
        seen[line.script]++;
      }
      if (screen === 2) await screenshot('65-hebrew-mixed-lines');
      await page.$eval(
        '[data-testid=aligned-scroll]',
        (scroller) =>
          new Promise((done) => {
            scroller.scrollBy(0, scroller.clientHeight * 0.9);
            requestAnimationFrame(() => requestAnimationFrame(done));
          }),
      );
    }
    assert(seen.latin >= 3 && seen.hebrew >= 3, `mixed lines read: ${JSON.stringify(seen)}`);
    console.log(`     (${seen.latin} mixed lines starting in Latin script, ${seen.hebrew} in Hebrew)`);
  },
});
