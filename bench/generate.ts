/**
 * Deterministic generator of realistic "original + translation" Markdown
 * pairs for the benchmark. A seeded PRNG builds one abstract document (the
 * structure and every language-independent token: URLs, numbers, inline code,
 * image sources, code blocks, heading ids), which is then rendered twice with
 * two different pseudo-language vocabularies. The right side's blocks are
 * 0.8–1.3× as long as the left's, and a little drift is planted on the right:
 * missing paragraphs, missing list items, changed link targets and `##Heading`
 * lines without the space, so the aligner has real work to do.
 */

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h ^= part;
    h = Math.imul(h, 0x01000193) >>> 0;
    h ^= h >>> 13;
  }
  return h >>> 0;
}

type Random = () => number;
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (random: Random, p: number) => random() < p;

// ---------------------------------------------------------------------------
// Vocabularies: two pseudo-languages built from syllables.

function vocabulary(seed: number, syllables: readonly string[], size: number): string[] {
  const random = prng(seed);
  const words = new Set<string>();
  while (words.size < size) {
    // Zipf-ish word lengths: many short words, some long ones.
    const count = chance(random, 0.45) ? 1 : chance(random, 0.6) ? 2 : int(random, 3, 5);
    let word = '';
    for (let i = 0; i < count; i++) word += pick(random, syllables);
    words.add(word);
  }
  return [...words];
}

const leftSyllables = [
  'the',
  'an',
  'con',
  'fig',
  'ser',
  'ver',
  'run',
  'time',
  'pro',
  'ject',
  'bu',
  'ild',
  'da',
  'ta',
  'in',
  'put',
  'of',
  'mo',
  'de',
  'le',
  'ra',
  'ti',
  'on',
  'ex',
  'port',
  'ca',
  'che',
  'sto',
  're',
  'net',
  'work',
  'pa',
  'ge',
];
const rightSyllables = [
  'ver',
  'schie',
  'den',
  'ä',
  'lich',
  'ung',
  'keit',
  'bü',
  'ro',
  'ße',
  'gen',
  'dö',
  'sen',
  'hör',
  'fa',
  'ch',
  'zu',
  'ein',
  'stel',
  'len',
  'ma',
  'ö',
  'ber',
  'wei',
  'ter',
  'sa',
  'ft',
  'kö',
  'nig',
  'lü',
  'cke',
  'spra',
  'che',
];

interface Language {
  words: string[];
  /** Cumulative weights for a Zipf-like word frequency. */
  cumulative: Float64Array;
}

function language(seed: number, syllables: readonly string[]): Language {
  const words = vocabulary(seed, syllables, 1500);
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  for (let i = 0; i < words.length; i++) {
    sum += 1 / Math.pow(i + 2, 0.9);
    cumulative[i] = sum;
  }
  for (let i = 0; i < words.length; i++) cumulative[i]! /= sum;
  return { words, cumulative };
}

function word(lang: Language, random: Random): string {
  const x = random();
  let low = 0;
  let high = lang.cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lang.cumulative[mid]! < x) low = mid + 1;
    else high = mid;
  }
  return lang.words[low]!;
}

function words(lang: Language, random: Random, count: number, capitalize = false): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(word(lang, random));
  if (capitalize && out.length > 0) out[0] = out[0]!.charAt(0).toUpperCase() + out[0]!.slice(1);
  return out.join(' ');
}

// ---------------------------------------------------------------------------
// The abstract document.

/** Inline segment: words are counted, everything else is language-independent. */
type Segment =
  | { type: 'words'; n: number }
  | { type: 'link'; n: number; url: string; id: number }
  | { type: 'number'; value: string }
  | { type: 'code'; value: string }
  | { type: 'em'; n: number }
  | { type: 'strong'; n: number }
  | { type: 'end' };

type Inline = Segment[];

interface ListItemSpec {
  id: number;
  content: Inline;
  children: ListSpec | null;
}

interface ListSpec {
  ordered: boolean;
  items: ListItemSpec[];
}

type BlockSpec =
  | { type: 'heading'; id: number; depth: number; n: number; anchor: string | null }
  | { type: 'paragraph'; id: number; content: Inline }
  | { type: 'list'; id: number; list: ListSpec }
  | { type: 'code'; id: number; lang: string; lines: string[]; comments: number[] }
  | { type: 'table'; id: number; columns: number; rows: Array<Array<Segment>> }
  | { type: 'image'; id: number; src: string; n: number }
  | { type: 'quote'; id: number; content: Inline };

interface DocumentSpec {
  frontMatter: { date: string; tags: string[]; titleWords: number; descriptionWords: number; slug: string };
  blocks: BlockSpec[];
}

const urlRoots = [
  '/docs',
  '/reference',
  '/learn',
  '/blog',
  'https://example.com',
  'https://developer.mozilla.org/en-US/docs/Web/API',
  'https://github.com/acme/tool/issues',
];
const identifiers = [
  'useState',
  'config.json',
  'npm install',
  'createRoot',
  'port',
  '--watch',
  'onChange',
  'README.md',
  'process.env',
  'fetch()',
  'null',
  'Promise.all',
  'tsconfig.json',
  'startTransition',
  '<Suspense>',
  'utf-8',
];
const codeLangs = ['ts', 'js', 'bash', 'json', 'python', 'tsx'];

class SpecBuilder {
  private nextId = 0;
  private anchorCount = 0;

  constructor(private readonly random: Random) {}

  id(): number {
    return this.nextId++;
  }

  inline(sentences: number, minWords: number, maxWords: number, richness: number): Inline {
    const r = this.random;
    const out: Inline = [];
    for (let s = 0; s < sentences; s++) {
      let remaining = int(r, minWords, maxWords);
      while (remaining > 0) {
        const n = Math.min(remaining, int(r, 2, 9));
        out.push({ type: 'words', n });
        remaining -= n;
        if (remaining <= 0 || !chance(r, richness)) continue;
        const x = r();
        if (x < 0.3) {
          const k = int(r, 1, 4);
          out.push({ type: 'link', n: k, url: this.url(), id: this.id() });
          remaining -= k;
        } else if (x < 0.5) out.push({ type: 'number', value: this.number() });
        else if (x < 0.75) out.push({ type: 'code', value: pick(r, identifiers) + (chance(r, 0.5) ? '' : String(int(r, 1, 99))) });
        else if (x < 0.9) {
          const k = int(r, 1, 3);
          out.push({ type: 'em', n: k });
          remaining -= k;
        } else {
          const k = int(r, 1, 3);
          out.push({ type: 'strong', n: k });
          remaining -= k;
        }
      }
      out.push({ type: 'end' });
    }
    return out;
  }

  url(): string {
    const r = this.random;
    const root = pick(r, urlRoots);
    const path = `${root}/${['intro', 'setup', 'api', 'hooks', 'state', 'effects', 'server', 'routing', 'testing'][int(r, 0, 8)]}-${int(r, 1, 5000)}`;
    return chance(r, 0.2) ? `${path}#section-${int(r, 1, 40)}` : path;
  }

  number(): string {
    const r = this.random;
    const x = r();
    if (x < 0.4) return String(int(r, 2, 100));
    if (x < 0.6) return String(int(r, 1990, 2030));
    if (x < 0.8) return `${int(r, 1, 99)}.${int(r, 0, 9)}`;
    return `${int(r, 1, 999)},${String(int(r, 0, 999)).padStart(3, '0')}`;
  }

  anchor(): string | null {
    return chance(this.random, 0.3) ? `section-${++this.anchorCount}` : null;
  }

  paragraph(): BlockSpec {
    const r = this.random;
    // Varied lengths: short one-liners to long multi-sentence paragraphs.
    const sentences = chance(r, 0.25) ? 1 : chance(r, 0.6) ? int(r, 2, 4) : int(r, 5, 9);
    return { type: 'paragraph', id: this.id(), content: this.inline(sentences, 6, 22, 0.35) };
  }

  list(depth = 0): ListSpec {
    const r = this.random;
    const ordered = chance(r, 0.3);
    const items: ListItemSpec[] = [];
    const count = int(r, 2, depth === 0 ? 8 : 4);
    for (let i = 0; i < count; i++) {
      const children = depth < 2 && chance(r, depth === 0 ? 0.15 : 0.1) ? this.list(depth + 1) : null;
      items.push({ id: this.id(), content: this.inline(chance(r, 0.8) ? 1 : 2, 3, 16, 0.3), children });
    }
    return { ordered, items };
  }

  code(): BlockSpec {
    const r = this.random;
    const lines: string[] = [];
    const comments: number[] = [];
    const count = int(r, 3, 25);
    for (let i = 0; i < count; i++) {
      if (chance(r, 0.15)) {
        comments.push(i);
        lines.push('');
        continue;
      }
      const indent = '  '.repeat(int(r, 0, 3));
      const x = r();
      const id = pick(r, ['value', 'state', 'root', 'items', 'result', 'options', 'count', 'user']);
      lines.push(
        x < 0.3
          ? `${indent}const ${id}${int(r, 1, 9)} = ${pick(r, ['useState', 'fetch', 'createRoot', 'compute'])}(${int(r, 0, 100)});`
          : x < 0.6
            ? `${indent}if (${id}.length > ${int(r, 0, 50)}) return ${id}.map((x) => x * ${int(r, 2, 9)});`
            : x < 0.8
              ? `${indent}export function ${id}Handler(event) { console.log("${id}", event); }`
              : `${indent}}`,
      );
    }
    return { type: 'code', id: this.id(), lang: pick(r, codeLangs), lines, comments };
  }

  table(): BlockSpec {
    const r = this.random;
    const columns = int(r, 2, 5);
    const rows: Segment[][] = [];
    const count = int(r, 2, 9);
    for (let i = 0; i < count + 1; i++) {
      const row: Segment[] = [];
      for (let c = 0; c < columns; c++) {
        const x = r();
        row.push(
          i === 0 || x < 0.5
            ? { type: 'words', n: int(r, 1, 4) }
            : x < 0.75
              ? { type: 'number', value: this.number() }
              : { type: 'code', value: pick(r, identifiers) },
        );
      }
      rows.push(row);
    }
    return { type: 'table', id: this.id(), columns, rows };
  }

  block(): BlockSpec {
    const x = this.random();
    if (x < 0.58) return this.paragraph();
    if (x < 0.75) return { type: 'list', id: this.id(), list: this.list() };
    if (x < 0.85) return this.code();
    if (x < 0.91) return this.table();
    if (x < 0.96) return { type: 'image', id: this.id(), src: `/images/docs/figure-${this.id()}.png`, n: int(this.random, 2, 8) };
    return { type: 'quote', id: this.id(), content: this.inline(int(this.random, 1, 3), 6, 18, 0.2) };
  }

  /** One H2 section with a few blocks and H3 subsections. */
  section(out: BlockSpec[]): void {
    const r = this.random;
    out.push({ type: 'heading', id: this.id(), depth: 2, n: int(r, 2, 6), anchor: this.anchor() });
    for (let k = int(r, 1, 4); k > 0; k--) out.push(this.block());
    for (let s = int(r, 0, 3); s > 0; s--) {
      out.push({ type: 'heading', id: this.id(), depth: 3, n: int(r, 2, 5), anchor: this.anchor() });
      for (let k = int(r, 1, 5); k > 0; k--) out.push(this.block());
    }
  }
}

// ---------------------------------------------------------------------------
// Rendering.

interface Drift {
  missingParagraphs: Set<number>;
  missingItems: Set<number>;
  changedLinks: Set<number>;
  noSpaceHeadings: Set<number>;
}

const noDrift: Drift = { missingParagraphs: new Set(), missingItems: new Set(), changedLinks: new Set(), noSpaceHeadings: new Set() };

class Renderer {
  constructor(
    private readonly lang: Language,
    private readonly side: number,
    private readonly seed: number,
    private readonly drift: Drift,
  ) {}

  /** Word-count factor of a block on this side (1 on the left, 0.8–1.3 on the right). */
  private factor(id: number): number {
    return this.side === 0 ? 1 : 0.8 + 0.5 * prng(hash(this.seed, id, 77))();
  }

  private scaled(n: number, factor: number): number {
    return Math.max(1, Math.round(n * factor));
  }

  inline(content: Inline, random: Random, factor: number): string {
    let out = '';
    let sentenceStart = true;
    const space = () => {
      if (out.length > 0 && !out.endsWith(' ')) out += ' ';
    };
    for (const segment of content) {
      switch (segment.type) {
        case 'words':
          space();
          out += words(this.lang, random, this.scaled(segment.n, factor), sentenceStart);
          break;
        case 'link': {
          space();
          const url = this.drift.changedLinks.has(segment.id) ? `${segment.url}-old` : segment.url;
          out += `[${words(this.lang, random, this.scaled(segment.n, factor), sentenceStart)}](${url})`;
          break;
        }
        case 'number':
          space();
          out += segment.value;
          break;
        case 'code':
          space();
          out += `\`${segment.value}\``;
          break;
        case 'em':
          space();
          out += `*${words(this.lang, random, this.scaled(segment.n, factor), sentenceStart)}*`;
          break;
        case 'strong':
          space();
          out += `**${words(this.lang, random, this.scaled(segment.n, factor), sentenceStart)}**`;
          break;
        case 'end':
          out = out.trimEnd() + (chance(random, 0.1) ? ':' : '.');
          sentenceStart = true;
          continue;
      }
      sentenceStart = false;
    }
    return out.trim();
  }

  private random(id: number): Random {
    return prng(hash(this.seed, id, this.side));
  }

  block(block: BlockSpec): string | null {
    const random = this.random(block.id);
    const factor = this.factor(block.id);
    switch (block.type) {
      case 'heading': {
        const hashes = '#'.repeat(block.depth);
        const sep = this.drift.noSpaceHeadings.has(block.id) ? '' : ' ';
        const title = words(this.lang, random, this.scaled(block.n, factor), true);
        return `${hashes}${sep}${title}${block.anchor ? ` {/*${block.anchor}*/}` : ''}`;
      }
      case 'paragraph':
        if (this.drift.missingParagraphs.has(block.id)) return null;
        return this.inline(block.content, random, factor);
      case 'quote':
        return `> ${this.inline(block.content, random, factor)}`;
      case 'list':
        return this.list(block.list, '', random, factor).join('\n');
      case 'code': {
        const lines = block.lines.map((line, i) =>
          block.comments.includes(i) ? `// ${words(this.lang, random, this.scaled(int(random, 3, 10), factor))}` : line,
        );
        return `\`\`\`${block.lang}\n${lines.join('\n')}\n\`\`\``;
      }
      case 'table': {
        const cell = (segment: Segment) =>
          segment.type === 'words'
            ? words(this.lang, random, this.scaled(segment.n, factor), true)
            : segment.type === 'number'
              ? segment.value
              : segment.type === 'code'
                ? `\`${segment.value}\``
                : '';
        const [header, ...rows] = block.rows;
        const line = (row: Segment[]) => `| ${row.map(cell).join(' | ')} |`;
        const rule = `| ${Array.from({ length: block.columns }, (_, i) => (i === 0 ? ':---' : '---')).join(' | ')} |`;
        return [line(header!), rule, ...rows.map(line)].join('\n');
      }
      case 'image':
        return `![${words(this.lang, random, this.scaled(block.n, factor), true)}](${block.src})`;
    }
  }

  private list(list: ListSpec, indent: string, random: Random, factor: number): string[] {
    const lines: string[] = [];
    let number = 1;
    for (const item of list.items) {
      if (this.drift.missingItems.has(item.id)) continue;
      const marker = list.ordered ? `${number++}.` : '-';
      lines.push(`${indent}${marker} ${this.inline(item.content, random, factor)}`);
      if (item.children) lines.push(...this.list(item.children, indent + ' '.repeat(marker.length + 1), random, factor));
    }
    return lines;
  }

  frontMatter(spec: DocumentSpec['frontMatter']): string {
    const random = this.random(-1);
    return [
      '---',
      `title: "${words(this.lang, random, spec.titleWords, true)}"`,
      `description: ${words(this.lang, random, spec.descriptionWords, true)}.`,
      `date: ${spec.date}`,
      `slug: ${spec.slug}`,
      `tags: [${spec.tags.join(', ')}]`,
      '---',
    ].join('\n');
  }

  document(spec: DocumentSpec): string {
    const parts = [this.frontMatter(spec.frontMatter)];
    for (const block of spec.blocks) {
      const text = this.block(block);
      if (text !== null) parts.push(text);
    }
    return `${parts.join('\n\n')}\n`;
  }
}

// ---------------------------------------------------------------------------

export interface GeneratedPair {
  left: string;
  right: string;
  /** What was planted on the right. */
  drift: { missingParagraphs: number; missingItems: number; changedLinks: number; noSpaceHeadings: number };
  sections: number;
  blocks: number;
}

/** Bytes of drift per planted defect of each kind (at least one of each). */
const driftEvery = 20_000;

/** A pair whose left side is about `targetBytes` of UTF-8. */
export function generatePair(targetBytes: number, seed = 1): GeneratedPair {
  const random = prng(seed);
  const builder = new SpecBuilder(random);
  const leftLang = language(hash(seed, 1), leftSyllables);
  const rightLang = language(hash(seed, 2), rightSyllables);
  const spec: DocumentSpec = {
    frontMatter: {
      date: `2025-0${int(random, 1, 9)}-1${int(random, 0, 9)}`,
      tags: ['guide', 'react', 'i18n'].slice(0, int(random, 1, 3)),
      titleWords: int(random, 3, 8),
      descriptionWords: int(random, 12, 30),
      slug: `doc-${seed}`,
    },
    blocks: [],
  };
  const leftRenderer = new Renderer(leftLang, 0, seed, noDrift);

  // H1 and an intro, then H2 sections until the left side is large enough.
  spec.blocks.push({ type: 'heading', id: builder.id(), depth: 1, n: int(random, 3, 7), anchor: null });
  spec.blocks.push(builder.paragraph());
  let bytes = Buffer.byteLength(leftRenderer.frontMatter(spec.frontMatter));
  let counted = 0;
  let sections = 0;
  while (bytes < targetBytes) {
    builder.section(spec.blocks);
    sections++;
    for (; counted < spec.blocks.length; counted++) bytes += Buffer.byteLength(leftRenderer.block(spec.blocks[counted]!) ?? '') + 2;
  }

  // Drift: choose its places among the eligible elements, deterministically.
  const driftRandom = prng(hash(seed, 99));
  const perKind = Math.max(1, Math.round(bytes / driftEvery));
  const paragraphs: number[] = [];
  const items: number[] = [];
  const links: number[] = [];
  const headings: number[] = [];
  const collectLinks = (content: Inline) => {
    for (const segment of content) if (segment.type === 'link') links.push(segment.id);
  };
  const collectItems = (list: ListSpec) => {
    // Never the only item: a list with one item left is a different shape.
    if (list.items.length > 2) for (const item of list.items) items.push(item.id);
    for (const item of list.items) {
      collectLinks(item.content);
      if (item.children) collectItems(item.children);
    }
  };
  spec.blocks.forEach((block, index) => {
    if (index < 2) return;
    if (block.type === 'paragraph') {
      paragraphs.push(block.id);
      collectLinks(block.content);
    } else if (block.type === 'list') collectItems(block.list);
    else if (block.type === 'heading' && block.depth === 2) headings.push(block.id);
  });
  const choose = (from: number[]) => {
    const chosen = new Set<number>();
    const count = Math.min(perKind, from.length);
    while (chosen.size < count) chosen.add(from[Math.floor(driftRandom() * from.length)]!);
    return chosen;
  };
  const drift: Drift = {
    missingParagraphs: choose(paragraphs),
    missingItems: choose(items),
    changedLinks: choose(links),
    noSpaceHeadings: choose(headings),
  };

  const left = leftRenderer.document(spec);
  const right = new Renderer(rightLang, 1, seed, drift).document(spec);
  return {
    left,
    right,
    drift: {
      missingParagraphs: drift.missingParagraphs.size,
      missingItems: drift.missingItems.size,
      changedLinks: drift.changedLinks.size,
      noSpaceHeadings: drift.noSpaceHeadings.size,
    },
    sections,
    blocks: spec.blocks.length,
  };
}

/**
 * Large but legitimate shapes from issue 11, for the load check: `count` short
 * sections (40,000 make a 2.4 MB pair), a heading and one sentence each.
 */
export function shortSectionsPair(count: number): { left: string; right: string } {
  const sections = (heading: string, sentence: string) =>
    Array.from({ length: count }, (_, i) => `## ${heading} ${i}\n\n${sentence} ${i}.\n`).join('\n');
  return { left: sections('Section', 'Text'), right: sections('Abschnitt', 'Text') };
}

/** One paragraph of `count` inline links (200,000 make about 5 MB), the same on both sides. */
export function linksParagraph(count: number): string {
  return `${Array.from({ length: count }, (_, i) => `[link ${i}](/p/${i})`).join(' ')}\n`;
}
