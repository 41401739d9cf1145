/**
 * Fenced blocks that sites use as callout boxes: javascript.info writes ```` ```smart ````, ```` ```warn ````
 * (with `header="…"`) and others ```` ```note ````. Their content is Markdown prose the reader sees in a box,
 * translated like any paragraph, not code. Each is read as a container directive named by the fence's word,
 * its content parsed in place, so the model and every check see a box of prose with positions in the document.
 */
import type { Code, Nodes, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';

/** Info words that mark a callout box, never a programming language. */
const calloutFenceNames: ReadonlySet<string> = new Set(['smart', 'warn', 'note', 'tip', 'warning', 'caution', 'online']);

const attribute = /([A-Za-z][\w-]*)="([^"]*)"/g;

/**
 * Replaces, in place, each callout fence whose content is written unindented in `text` (so that positions can be
 * kept) by a container directive holding the content as `parse` reads it. A fence whose content does not parse
 * stays code.
 */
export function readCalloutFences(root: Root, text: string, parse: (content: string) => Root): void {
  if (!text.includes('```') && !text.includes('~~~')) return;
  const visit = (parent: { children: RootContent[] }): void => {
    parent.children.forEach((child, index) => {
      if (child.type === 'code' && child.lang && calloutFenceNames.has(child.lang.toLowerCase())) {
        const box = calloutBox(child, text, parse);
        if (box) parent.children[index] = box;
        return;
      }
      if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading') visit(child);
    });
  };
  visit(root);
}

function calloutBox(code: Code, text: string, parse: (content: string) => Root): ContainerDirective | null {
  const start = code.position?.start;
  if (start?.offset === undefined || code.value.length === 0) return null;
  const lineEnd = text.slice(start.offset).search(/\r\n|\r|\n/);
  if (lineEnd < 0) return null;
  const contentStart = start.offset + lineEnd + (text.startsWith('\r\n', start.offset + lineEnd) ? 2 : 1);
  // Indented fences (in a list item) have their indentation stripped from the value: positions would not hold.
  if (text.slice(contentStart, contentStart + code.value.length) !== code.value) return null;
  let content: Root;
  try {
    content = parse(code.value);
  } catch {
    return null;
  }
  for (const child of content.children) shift(child, start.line, contentStart);
  const attributes: Record<string, string> = {};
  for (const [, name, value] of (code.meta ?? '').matchAll(attribute)) attributes[name!] = value!;
  return {
    type: 'containerDirective',
    name: code.lang!.toLowerCase(),
    attributes,
    children: content.children as ContainerDirective['children'],
    position: code.position,
  };
}

function shift(node: Nodes, lineDelta: number, offsetDelta: number): void {
  const position = node.position;
  if (position) {
    for (const point of [position.start, position.end]) {
      point.line += lineDelta;
      if (point.offset !== undefined) point.offset += offsetDelta;
    }
  }
  if ('children' in node) for (const child of node.children) shift(child, lineDelta, offsetDelta);
}
