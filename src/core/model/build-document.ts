/**
 * Markdown text → DocumentModel: the blocks in order (top-level mdast nodes,
 * with intent read: `##Title` becomes a heading, runs of pseudo-bullet
 * paragraphs a list) and the section tree over them.
 */
import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type { FlavorInput, Syntax } from '../parse/flavor.js';
import { parseFrontMatter } from '../parse/front-matter.js';
import { parseFlavored, stripBom } from '../parse/parse-markdown.js';
import { collectFeatures, emptyFeatures, normalizeIdentifier } from './features.js';
import { parseFragment } from './fragment.js';
import { readHtmlHeading } from './html-heading.js';
import { lineStartOf, pseudoBulletOf, pseudoHeadingDepth, pseudoItemLines } from './intent.js';
import { componentModel, componentProse, directiveModel, esmModel, openingSpan, urlProps } from './mdx.js';
import { joinSpans, spanOf } from './span.js';
import type { Block, BlockFeatures, BlockKind, DocumentModel, FrontMatter, HeadingForm, ListItemModel, ListModel, Section } from './types.js';
import { normalizeUrl } from './url.js';

/**
 * @param options the file's path (its name tells `.mdx`) and the configured flavor; without them the
 * flavor is read from the front matter and the text.
 */
export function buildDocument(input: string, options: FlavorInput = {}): DocumentModel {
  const text = stripBom(input);
  const parsed = parseFlavored(text, options);
  const root = parsed.root;
  const definitions = collectDefinitions(root);
  const reader = new BlockReader(text, definitions, parsed.syntax);
  const misread = misreadFrontMatter(text, root.children);
  const blocks = reader.read(root.children, misread);
  clampToLastLine(blocks, countLines(text));
  const sections = buildSections(blocks);
  const first = blocks[0];
  const frontMatter = first?.kind === 'frontmatter' ? readFrontMatter(first, misread) : null;
  return { text, blocks, sections, frontMatter, definitions, lineCount: countLines(text), syntax: parsed.syntax, mdxError: parsed.mdxError };
}

class BlockReader {
  private readonly blocks: Block[] = [];
  /** Indexes of the component and directive blocks whose content is being read, innermost last. */
  private readonly containers: number[] = [];

  constructor(
    private readonly text: string,
    private readonly definitions: ReadonlyMap<string, string>,
    private readonly syntax: Syntax,
  ) {}

  read(children: readonly RootContent[], misread: MisreadFrontMatter | null): Block[] {
    let start = 0;
    if (misread) {
      const nodes = children.slice(0, misread.nodes);
      this.push('frontmatter', joinSpans(spanOf(nodes[0]!), spanOf(nodes[nodes.length - 1]!)), nodes, emptyFeatures());
      start = misread.nodes;
    }
    for (let i = start; i < children.length; i++) {
      const node = children[i]!;
      if (node.type === 'paragraph' || node.type === 'list') {
        const run = this.pseudoListRun(children, i);
        if (run > 0) {
          this.pushPseudoList(children.slice(i, i + run) as Array<Paragraph | List>);
          i += run - 1;
          continue;
        }
      }
      if (node.type === 'list') {
        // CommonMark starts a new list when the marker changes (`-` then `*`, `1.` then `1)`);
        // adjacent lists of one kind are the one list the author meant.
        let end = i + 1;
        while (end < children.length && children[end]!.type === 'list' && (children[end] as List).ordered === node.ordered) end++;
        if (end - i > 1) {
          const lists = children.slice(i, end) as List[];
          const span = joinSpans(spanOf(lists[0]!), spanOf(lists[lists.length - 1]!));
          this.push('list', span, lists, emptyFeatures(), {
            list: { ordered: node.ordered === true, items: lists.flatMap((list) => this.listModel(list).items) },
          });
          i = end - 1;
          continue;
        }
      }
      this.pushNode(node);
    }
    return this.blocks;
  }

  /**
   * Length of the run of paragraphs and unordered lists starting at `start`
   * that forms one list meant by the author, or 0. A run needs a pseudo-bullet
   * paragraph and at least two items, so a lone dash-led line of dialogue stays a paragraph.
   */
  private pseudoListRun(children: readonly RootContent[], start: number): number {
    let length = 0;
    let items = 0;
    let pseudo = 0;
    for (let i = start; i < children.length; i++) {
      const node = children[i]!;
      if (node.type === 'paragraph' && pseudoBulletOf(node, this.text)) {
        const lines = pseudoItemLines(node, this.text).length;
        items += lines;
        pseudo += lines;
      } else if (node.type === 'list' && !node.ordered) {
        items += node.children.length;
      } else break;
      length++;
    }
    return pseudo > 0 && items >= 2 && (children[start]!.type === 'paragraph' || length > 1) ? trimTrailingLists(children, start, length) : 0;
  }

  private pushNode(node: RootContent): void {
    const span = spanOf(node);
    // TOML front matter (`+++`): mdast-util-frontmatter makes the node, but mdast's types only name `yaml`.
    if (isTomlNode(node)) {
      this.push('frontmatter', span, [node], emptyFeatures());
      return;
    }
    switch (node.type) {
      case 'mdxjsEsm': {
        const esm = esmModel(node);
        const features = emptyFeatures();
        features.anchors = esm.imports.map((binding) => `import:${binding.local}`);
        this.push('esm', span, [node], features, { esm });
        return;
      }
      case 'mdxFlowExpression':
        // `{/* a comment */}` or a computed value: nothing a reader sees as structure, and never evaluated.
        return;
      case 'mdxJsxFlowElement': {
        const component = componentModel(node);
        const features = emptyFeatures();
        features.text = componentProse(component);
        features.length = Array.from(features.text).length;
        // Language-neutral evidence for the aligner: the name and the token props (URLs without their language).
        features.anchors = [
          `<${component.name ?? ''}>`,
          ...component.props
            .filter((prop) => prop.kind === 'token' && prop.value !== null)
            .map((prop) => `${prop.name}=${urlProps.has(prop.name) ? normalizeUrl(prop.value!) : prop.value}`),
        ];
        const first = node.children.find((child) => child.position)?.position?.start.offset ?? null;
        this.pushContainer('component', openingSpan(this.text, span, first), node, features, { component }, node.children);
        return;
      }
      case 'containerDirective':
      case 'leafDirective': {
        const directive = directiveModel(node, this.text, span);
        const labelNode =
          node.type === 'containerDirective'
            ? node.children.find((child) => (child.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true)
            : undefined;
        const label = node.type === 'leafDirective' ? node.children : labelNode ? [labelNode] : [];
        const features = label.length > 0 ? this.features(label) : emptyFeatures();
        if (label.length > 0) directive.label = features.text.trim();
        else if (directive.label) {
          features.text = directive.label;
          features.length = Array.from(directive.label).length;
        }
        features.anchors.push(`:::${directive.name}`);
        const content = node.type === 'containerDirective' ? node.children.filter((child) => child !== labelNode) : [];
        const first = content.find((child) => child.position)?.position?.start.offset ?? null;
        this.pushContainer('directive', openingSpan(this.text, span, first), node, features, { directive }, content);
        return;
      }
      case 'yaml':
        this.push('frontmatter', span, [node], emptyFeatures());
        return;
      case 'heading':
        this.push('heading', span, [node], this.features([node]), {
          heading: { depth: node.depth, form: this.headingForm(node), text: '' },
        });
        return;
      case 'html': {
        // The block keeps its HTML node (the preview renders it as written); its features are the element's content.
        const html = readHtmlHeading(node);
        if (html) {
          this.push('heading', span, [node], this.features([html.heading]), { heading: { depth: html.depth, form: 'html', text: '' } }, html.ids);
          return;
        }
        this.push('html', span, [node], this.features([node]));
        return;
      }
      case 'paragraph': {
        const depth = pseudoHeadingDepth(node, this.text);
        if (depth > 0) {
          const fragment = parseFragment(this.text, span.start, span.line, span.start, span.start + depth, span.end);
          this.push('heading', span, [node], this.features(fragment), { heading: { depth, form: 'atx-no-space', text: '' } });
          return;
        }
        this.push(isImageOnly(node) ? 'image' : 'paragraph', span, [node], this.features([node]));
        return;
      }
      case 'list':
        this.push('list', span, [node], emptyFeatures(), { list: this.listModel(node) });
        return;
      case 'code':
        this.push('code', span, [node], this.features([node]), {
          code: { lang: node.lang ?? null, meta: node.meta ?? null, value: node.value },
        });
        return;
      case 'table':
        this.push('table', span, [node], this.features([node]), {
          table: {
            columns: Math.max(0, ...node.children.map((row) => row.children.length)),
            rows: node.children.length,
            align: node.align ?? [],
          },
        });
        return;
      default:
        this.push(kindOf(node), span, [node], this.features([node]));
    }
  }

  private pushPseudoList(nodes: Array<Paragraph | List>): void {
    const items: ListItemModel[] = [];
    for (const node of nodes) {
      if (node.type === 'list') {
        for (const item of this.listModel(node).items) items.push(item);
        continue;
      }
      const lines = pseudoItemLines(node, this.text);
      const paragraphEnd = spanOf(node).end;
      lines.forEach((line, i) => {
        const end = i + 1 < lines.length ? lines[i + 1]!.lineStart - 1 : paragraphEnd;
        const content = parseFragment(this.text, line.lineStart, line.line, line.markerStart, line.contentStart, end);
        const first = content[0];
        const last = content[content.length - 1];
        const itemSpan = first && last ? joinSpans(spanOf(first), spanOf(last)) : spanOf(node);
        itemSpan.start = line.markerStart;
        itemSpan.column = line.markerStart - line.lineStart + 1;
        items.push({ span: itemSpan, marker: line.marker, pseudo: true, features: this.features(content), sublists: [] });
      });
    }
    const span = joinSpans(spanOf(nodes[0]!), spanOf(nodes[nodes.length - 1]!));
    this.push('list', span, nodes, emptyFeatures(), { list: { ordered: false, items } });
  }

  /** A component or directive: its opening as a block, then its content as ordinary blocks. */
  private pushContainer(
    kind: BlockKind,
    span: Block['span'],
    node: Nodes,
    features: BlockFeatures,
    extra: Partial<Block>,
    children: readonly RootContent[],
  ): void {
    const index = this.blocks.length;
    this.push(kind, span, [node], features, extra);
    this.containers.push(index);
    this.read(children, null);
    this.containers.pop();
  }

  /** @param ids an HTML heading's ids, read from its attributes (other headings' ids are read from the source here) */
  private push(kind: BlockKind, span: Block['span'], nodes: Nodes[], features: BlockFeatures, extra: Partial<Block> = {}, ids?: string[]): void {
    const block: Block = { index: this.blocks.length, kind, span, nodes, features, section: 0, ...extra };
    const container = this.containers[this.containers.length - 1];
    if (container !== undefined) block.container = container;
    if (block.list) block.features = mergeFeatures(flattenItems(block.list).map((item) => item.features));
    if (block.heading) {
      // Heading ids are read from the source: `{/*id*/}` parses as emphasis, which the plain text loses.
      const source = this.text.slice(span.start, span.end);
      block.features.anchors = ids ?? headingAnchors(source);
      // `{/*id*/}` parses as emphasis around the id: it is not the author's emphasis.
      // (In MDX it is an expression, which the plain text leaves out.)
      const mdxIds = this.syntax.flavor === 'mdx' ? 0 : (source.match(/\{\/\*[^*]+\*\/\}/g) ?? []).length;
      block.features.marks.emphasis = Math.max(0, block.features.marks.emphasis - mdxIds);
      const title = block.features.text.trim();
      block.heading.text = block.features.anchors.length > 0 && ids === undefined ? title.replace(/\s*\{[^{}]*\}\s*$/, '') : title;
    }
    this.blocks.push(block);
  }

  private features(nodes: readonly Nodes[]): BlockFeatures {
    return collectFeatures(nodes, this.definitions);
  }

  private headingForm(node: Heading): HeadingForm {
    const span = spanOf(node);
    return this.text.charCodeAt(span.start) === 0x23 /* # */ ? 'atx' : 'setext';
  }

  private listModel(list: List): ListModel {
    return { ordered: list.ordered === true, items: list.children.flatMap((item) => this.itemModels(item)) };
  }

  /**
   * A list item, or several when pseudo-bullet lines follow it: `- a` then `– b` is one item to CommonMark
   * (`– b` continues its paragraph), but two items to the author.
   */
  private itemModels(item: ListItem): ListItemModel[] {
    const model = this.itemModel(item);
    const paragraph = item.children[0];
    if (item.children.length !== 1 || paragraph?.type !== 'paragraph') return [model];
    const lines = pseudoItemLines(paragraph, this.text);
    if (lines.length === 0) return [model];
    const start = spanOf(item);
    const first = parseFragment(
      this.text,
      lineStartOf(this.text, start.start),
      start.line,
      start.start,
      spanOf(paragraph).start,
      lines[0]!.lineStart - 1,
    );
    const items: ListItemModel[] = [{ ...model, span: { ...model.span, endLine: lines[0]!.line - 1 }, features: this.features(first) }];
    const paragraphEnd = spanOf(paragraph).end;
    lines.forEach((line, i) => {
      const end = i + 1 < lines.length ? lines[i + 1]!.lineStart - 1 : paragraphEnd;
      const content = parseFragment(this.text, line.lineStart, line.line, line.markerStart, line.contentStart, end);
      const firstNode = content[0];
      const lastNode = content[content.length - 1];
      const span = firstNode && lastNode ? joinSpans(spanOf(firstNode), spanOf(lastNode)) : model.span;
      items.push({
        span: { ...span, start: line.markerStart, column: line.markerStart - line.lineStart + 1 },
        marker: line.marker,
        pseudo: true,
        features: this.features(content),
        sublists: [],
      });
    });
    return items;
  }

  private itemModel(item: ListItem): ListItemModel {
    const span = spanOf(item);
    const marker = /^(?:[-*+]|\d{1,9}[.)])/.exec(this.text.slice(span.start, span.start + 11))?.[0] ?? '';
    const content = item.children.filter((child) => child.type !== 'list');
    const sublists = item.children.filter((child): child is List => child.type === 'list').map((list) => this.listModel(list));
    return { span, marker, pseudo: false, features: this.features(content), sublists };
  }
}

/** A run may not end in real lists that follow the last pseudo paragraph only when it started with a real list. */
function trimTrailingLists(_children: readonly RootContent[], _start: number, length: number): number {
  return length;
}

/** An explicit heading id written in the heading's source: `{#custom-id}`, or react.dev's comment form. */
export const headingIdPattern = /\{\/\*\s*([^*]+?)\s*\*\/\}|\{#([^\s}]+)\}/g;

function headingAnchors(source: string): string[] {
  return Array.from(source.matchAll(headingIdPattern), (match) => (match[1] ?? match[2])!);
}

function kindOf(node: RootContent): BlockKind {
  switch (node.type) {
    case 'blockquote':
    case 'html':
    case 'thematicBreak':
    case 'definition':
    case 'footnoteDefinition':
    case 'table':
    case 'code':
    case 'list':
    case 'heading':
    case 'paragraph':
      return node.type;
    default:
      return 'other';
  }
}

function isImageOnly(paragraph: Paragraph): boolean {
  let images = 0;
  for (const child of paragraph.children) {
    if (child.type === 'image' || child.type === 'imageReference') images++;
    else if (child.type === 'link' && child.children.every((c) => c.type === 'image' || c.type === 'imageReference')) images++;
    else if (child.type === 'break' || (child.type === 'text' && child.value.trim() === '')) continue;
    else return false;
  }
  return images > 0;
}

export function flattenItems(list: ListModel): ListItemModel[] {
  return list.items.flatMap((item) => [item, ...item.sublists.flatMap(flattenItems)]);
}

export function mergeFeatures(all: readonly BlockFeatures[]): BlockFeatures {
  const merged = emptyFeatures();
  const texts: string[] = [];
  let offset = 0;
  for (const features of all) {
    const start = offset;
    offset += features.text.length + 1;
    texts.push(features.text);
    merged.length += features.length;
    for (let i = 0; i < features.links.length; i++) {
      const link = features.links[i]!;
      merged.links.push({
        ...link,
        continuesPrevious: i === 0 ? false : link.continuesPrevious,
        textStart: link.textStart + start,
        textEnd: link.textEnd + start,
      });
    }
    // Loops, not push(...spread): an item can hold more tokens than a call takes arguments.
    for (const image of features.images) merged.images.push(image);
    for (const code of features.codes) merged.codes.push(code);
    for (const codeBlock of features.codeBlocks) merged.codeBlocks.push(codeBlock);
    for (const number of features.numbers) merged.numbers.push(number);
    for (const anchor of features.anchors) merged.anchors.push(anchor);
    merged.marks.emphasis += features.marks.emphasis;
    merged.marks.strong += features.marks.strong;
    merged.marks.delete += features.marks.delete;
    merged.marks.break += features.marks.break;
  }
  merged.text = texts.join('\n');
  return merged;
}

function collectDefinitions(root: Root): Map<string, string> {
  const definitions = new Map<string, string>();
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'definition') {
      const key = normalizeIdentifier(node.identifier);
      if (!definitions.has(key)) definitions.set(key, node.url);
    } else if (
      node.type === 'root' ||
      node.type === 'blockquote' ||
      node.type === 'list' ||
      node.type === 'listItem' ||
      node.type === 'footnoteDefinition'
    ) {
      for (const child of node.children) stack.push(child);
    }
  }
  return definitions;
}

function buildSections(blocks: Block[]): Section[] {
  const sections: Section[] = [{ index: 0, heading: null, depth: 0, parent: null, title: '', blocks: [] }];
  const open: Section[] = [sections[0]!];
  for (const block of blocks) {
    if (block.heading) {
      while (open.length > 1 && open[open.length - 1]!.depth >= block.heading.depth) open.pop();
      const section: Section = {
        index: sections.length,
        heading: block,
        depth: block.heading.depth,
        parent: open[open.length - 1]!.index,
        title: block.heading.text,
        blocks: [],
      };
      sections.push(section);
      open.push(section);
    }
    const owner = open[open.length - 1]!;
    owner.blocks.push(block.index);
    block.section = owner.index;
  }
  return sections;
}

interface MisreadFrontMatter {
  /** How many top-level nodes it spans. */
  nodes: number;
  yaml: string;
  /** Line of the opening fence. */
  line: number;
  problem: string;
}

const fenceLine = /^(-{3,})[ \t]*$/;
const commonFrontMatterKeys =
  /^["']?(title|description|slug|id|lang|language|locale|date|tags|categories|keywords|layout|author|permalink|sidebar_position|sidebar_label|summary|draft|weight|template)["']?:/i;
const yamlKeyLine = /^["']?[\p{L}_][\p{L}\p{N}_ -]*["']?:(?:\s|$)/u;

/**
 * Front matter the author meant but CommonMark does not see: `---` after a
 * blank line, a `----` fence, or no closing fence. CommonMark reads a rule
 * and a setext heading or a paragraph; mdparity reads the front matter it
 * was meant to be and keeps the problem for the frontmatter-syntax check.
 */
function misreadFrontMatter(text: string, children: readonly RootContent[]): MisreadFrontMatter | null {
  const first = children[0];
  if (!first || first.type !== 'thematicBreak') return null;
  const lines = text.split(/\r\n|\r|\n/);
  const open = spanOf(first).line - 1;
  if (lines.slice(0, open).some((line) => line.trim() !== '')) return null;
  const fence = fenceLine.exec(lines[open]!);
  if (!fence) return null;
  // The block ends at the closing fence, or (unclosed) at a blank line or a Markdown heading.
  let close = open + 1;
  while (close < lines.length && !fenceLine.test(lines[close]!) && lines[close]!.trim() !== '' && !/^#{1,6}(?:\s|$)/.test(lines[close]!)) close++;
  const closed = close < lines.length && fenceLine.test(lines[close]!);
  const content = lines.slice(open + 1, close);
  if (content.length === 0 || !content.some((line) => yamlKeyLine.test(line))) return null;
  // Without a closing fence it takes more to be front matter: nothing but YAML-looking lines, and two keys or
  // one that front matter usually has (`---` then "Note: read this first." is a rule and a paragraph).
  if (!closed) {
    const keys = content.filter((line) => yamlKeyLine.test(line));
    if (!content.every((line) => yamlKeyLine.test(line) || /^\s+\S|^-\s/.test(line))) return null;
    if (keys.length < 2 && !commonFrontMatterKeys.test(keys[0]!)) return null;
  }
  const endLine = closed ? close + 1 : close;
  let nodes = 0;
  while (nodes < children.length && spanOf(children[nodes]!).line <= endLine) nodes++;
  const problem =
    open > 0
      ? 'a blank line before its `---` fence'
      : fence[1]!.length > 3
        ? `a \`${fence[1]}\` fence (front matter needs exactly \`---\`)`
        : 'a `---` fence that is never closed';
  return { nodes, yaml: content.join('\n'), line: open + 1, problem };
}

function readFrontMatter(block: Block, misread: MisreadFrontMatter | null): FrontMatter {
  const format = block.nodes[0] && isTomlNode(block.nodes[0]) && !misread ? 'toml' : 'yaml';
  const source = misread ? misread.yaml : (block.nodes[0] as { value: string }).value;
  const parsed = parseFrontMatter(source, format);
  const error = parsed.error ? { message: parsed.error.message, line: block.span.line + parsed.error.line, column: parsed.error.column } : null;
  return { block, format, problem: misread?.problem ?? null, data: parsed.data, keys: parsed.keys, error };
}

function isTomlNode(node: Nodes): boolean {
  return (node as { type: string }).type === 'toml';
}

/** An unclosed fence at the end of a file ends after its last line, in micromark's count: keep spans inside the file. */
function clampToLastLine(blocks: Block[], lastLine: number): void {
  if (lastLine === 0) return;
  for (const block of blocks) {
    if (block.span.endLine > lastLine) block.span = { ...block.span, endLine: lastLine, endColumn: Math.max(1, block.span.endColumn) };
    if (block.span.line > lastLine) block.span = { ...block.span, line: lastLine };
  }
}

/** Lines as mdparity counts them: LF, CRLF and CR end a line; a final line ending does not start one. */
export function countLines(text: string): number {
  if (text.length === 0) return 0;
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  return text.endsWith('\n') || text.endsWith('\r') ? lines - 1 : lines;
}
