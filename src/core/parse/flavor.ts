/**
 * Which Markdown a file is written in. Documentation sites translated at scale
 * write MDX (Astro Starlight, Docusaurus, Nextra, react.dev) and directives for
 * callouts (`:::caution[Deprecated]`); reading those as CommonMark misreads
 * their structure on both sides. The flavor comes from the configuration,
 * then the front matter (`format: mdx`, Docusaurus' key), then the file name
 * (`.mdx`), then the text itself (top-level `import` lines or components).
 */

/** `markdown`: CommonMark with GFM. `mdx`: MDX (ESM, JSX, expressions) on top of it. */
type Flavor = 'markdown' | 'mdx';

/** What the configuration asks for: `auto` decides per file. */
export type FlavorSetting = 'auto' | Flavor;

export interface Syntax {
  flavor: Flavor;
  /** What decided the flavor: a guess from the text is weaker evidence than a setting or a file name. */
  detectedBy: 'config' | 'front-matter' | 'path' | 'content';
  /** Directives (`:::note`, `::leaf`, `:text`): always with MDX, and in Markdown files that use them. */
  directives: boolean;
}

/** A file that does not compile as MDX: the compiler's message and where it stopped (1-based). */
export interface SyntaxProblem {
  message: string;
  line: number;
  column: number;
  /** The rule that failed, e.g. `end-tag-mismatch` (micromark's and mdast-util-mdx-jsx's ids). */
  rule: string | null;
}

export interface FlavorInput {
  /** The file's path or name, when known. */
  path?: string | null;
  setting?: FlavorSetting;
  /** Directives in Markdown files: `auto` (when a line opens one), on or off. MDX files always have them. */
  directives?: 'auto' | boolean;
}

const frontMatterFormat = /^---\r?\n(?:[^\n]*\n)*?format:[ \t]*["']?(mdx|md)["']?[ \t]*\r?\n/;
const esmLine = /^(?:import[\s{*][^\n]*\bfrom\s*["'][^"'\n]+["']|export\s+(?:const|function|default|let)\b)/m;
const componentLine = /^[ \t]*<[A-Z][\w.]*(?:[\s/>]|$)/m;
const directiveLine = /^[ \t]*:::+[A-Za-z][\w-]*/m;

/** The syntax to parse `text` with. Cheap: a few anchored scans, no parse. */
export function detectSyntax(text: string, input: FlavorInput = {}): Syntax {
  const [flavor, detectedBy] = detectFlavor(text, input);
  const directives = flavor === 'mdx' || input.directives === true || (input.directives !== false && directiveLine.test(outsideFences(text)));
  return { flavor, detectedBy, directives };
}

function detectFlavor(text: string, input: FlavorInput): [Flavor, Syntax['detectedBy']] {
  const setting = input.setting ?? 'auto';
  if (setting !== 'auto') return [setting, 'config'];
  const format = frontMatterFormat.exec(text.slice(0, 4096))?.[1];
  if (format) return [format === 'mdx' ? 'mdx' : 'markdown', 'front-matter'];
  const path = input.path ?? null;
  if (path && /\.mdx$/i.test(path)) return ['mdx', 'path'];
  if (path && /\.(?:md|markdown|mdown|mkd|txt)$/i.test(path)) return ['markdown', 'path'];
  // No telling name (pasted text, an unnamed buffer): MDX when the text outside code fences reads as MDX.
  const prose = outsideFences(text);
  return [esmLine.test(prose) || componentLine.test(prose) ? 'mdx' : 'markdown', 'content'];
}

/** The text with fenced code blocks left out (an `import` line in a JavaScript example says nothing). */
function outsideFences(text: string): string {
  if (!/^[ \t]*(?:```|~~~)/m.test(text)) return text;
  const kept: string[] = [];
  let fence: string | null = null;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const marker = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null) {
      if (marker) fence = marker;
      else kept.push(line);
    } else if (marker && marker.startsWith(fence[0]!) && marker.length >= fence.length && line.trim() === marker) fence = null;
  }
  return kept.join('\n');
}
