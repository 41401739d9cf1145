/**
 * npm run bench (third part) — what reading MDX costs beside the plain parse.
 *
 * On the largest real Astro pairs of the shared corpus (`.mdx`, French,
 * Korean, Chinese, Spanish) and on all of the English pages at once, three
 * tasks are timed, interleaved in every repetition so that load from other
 * processes hits them alike:
 *   plain  — mdast-util-from-markdown + gfm + front matter (what compare.bench.ts calls the parse);
 *   mdx    — the same plus micromark-extension-mdxjs and directives (how mdparity reads `.mdx`);
 *   compare — compare(left, right) with `.mdx` paths (parse, model, align, every check).
 * Reported: best-of CPU time of each, the MDX parse against the plain one, and
 * compare against the MDX parse of both sides (goal ≤ 1.5× the parse of the
 * same flavor). A report, not a test: it always exits 0, and says so when
 * the corpus is not there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { directive } from 'micromark-extension-directive';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { compare } from '../src/core/index.js';

const goal = 1.5;
const quick = process.argv.includes('--quick');
const corpus = '../shared/corpus';
const plain = { extensions: [gfm(), frontmatter(['yaml'])], mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])] };
const mdx = {
  extensions: [gfm(), frontmatter(['yaml']), mdxjs(), directive()],
  mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml']), mdxFromMarkdown(), directiveFromMarkdown()],
};

interface Pair {
  name: string;
  leftPath: string;
  rightPath: string;
  left: string;
  right: string;
}

function astroPairs(): Pair[] {
  const tsv = join(corpus, 'pairs.tsv');
  if (!existsSync(tsv)) return [];
  return readFileSync(tsv, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((row) => row[0] === 'astro-docs')
    .map(([, , enPath, trPath]) => ({
      name: trPath!,
      leftPath: enPath!,
      rightPath: trPath!,
      left: readFileSync(join(corpus, enPath!), 'utf8'),
      right: readFileSync(join(corpus, trPath!), 'utf8'),
    }));
}

function cpu(task: () => void): number {
  const start = process.cpuUsage();
  task();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Best-of CPU milliseconds of each task, the tasks interleaved in every repetition. */
function measure(tasks: Record<string, () => void>, repetitions: number): Record<string, number> {
  const best: Record<string, number> = {};
  const names = Object.keys(tasks);
  for (const name of names) tasks[name]!(); // warm-up
  for (let r = 0; r < repetitions; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length]!);
    for (const name of order) best[name] = Math.min(best[name] ?? Infinity, cpu(tasks[name]!));
  }
  return best;
}

const pairs = astroPairs();
if (pairs.length === 0) {
  console.log(`mdx bench: no corpus at ${corpus}, nothing measured`);
  process.exit(0);
}

const rows: Array<{ name: string; kb: number; times: Record<string, number> }> = [];
const largest = [...pairs].sort((a, b) => b.left.length + b.right.length - (a.left.length + a.right.length)).slice(0, 3);
for (const pair of largest) {
  const times = measure(
    {
      plain: () => {
        fromMarkdown(pair.left, plain);
        fromMarkdown(pair.right, plain);
      },
      mdx: () => {
        fromMarkdown(pair.left, mdx);
        fromMarkdown(pair.right, mdx);
      },
      compare: () => compare(pair.left, pair.right, { leftPath: pair.leftPath, rightPath: pair.rightPath }),
    },
    quick ? 3 : 7,
  );
  rows.push({ name: pair.name, kb: Math.round((pair.left.length + pair.right.length) / 1024), times });
}

// Every English page once: parse throughput, MDX against plain (no compare: there is no pair).
const english = [...new Set(pairs.map((pair) => pair.left))];
const all = measure(
  {
    plain: () => english.forEach((text) => fromMarkdown(text, plain)),
    mdx: () =>
      english.forEach((text) => {
        try {
          fromMarkdown(text, mdx);
        } catch {
          // A page that does not compile costs what it cost until it failed.
        }
      }),
  },
  quick ? 2 : 3,
);

const ms = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(0)} ms`);
console.log('\nMDX parsing (best-of CPU time; both sides of a pair)\n');
console.log(
  `${'pair'.padEnd(58)} ${'KB'.padStart(5)} ${'plain'.padStart(8)} ${'mdx'.padStart(8)} ${'mdx/plain'.padStart(9)} ${'compare'.padStart(8)} ${'cmp/mdx'.padStart(8)}`,
);
for (const row of rows) {
  const { plain: p, mdx: m, compare: c } = row.times as { plain: number; mdx: number; compare: number };
  const ratio = c / m;
  console.log(
    `${row.name.slice(-58).padEnd(58)} ${String(row.kb).padStart(5)} ${ms(p).padStart(8)} ${ms(m).padStart(8)} ${`${(m / p).toFixed(2)}×`.padStart(9)} ${ms(c).padStart(8)} ${`${ratio.toFixed(2)}×`.padStart(8)}${ratio > goal ? '  over the goal' : ''}`,
  );
}
const kb = Math.round(english.reduce((sum, text) => sum + text.length, 0) / 1024);
console.log(
  `${`all ${english.length} English pages`.padEnd(58)} ${String(kb).padStart(5)} ${ms(all.plain).padStart(8)} ${ms(all.mdx).padStart(8)} ${`${(all.mdx! / all.plain!).toFixed(2)}×`.padStart(9)}`,
);
console.log(`\ngoal: compare ≤ ${goal}× the parse of the same flavor (here: the MDX parse of both sides)`);
