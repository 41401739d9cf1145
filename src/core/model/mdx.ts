/**
 * MDX and directive nodes read into the model: a component's name and props
 * (language-neutral tokens apart from prose), what an `import` binds, a
 * directive's type and label. Everything is read from the parse tree and the
 * text; nothing is evaluated.
 */
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { MdxJsxFlowElement, MdxJsxTextElement, MdxjsEsm } from 'mdast-util-mdx';
import type { Nodes } from 'mdast';
import type { ComponentModel, ComponentProp, DirectiveModel, DocumentModel, EsmModel, ImportBinding, Span } from './types.js';

/**
 * Props whose value is text the reader sees: translated, so compared as prose.
 * Every other prop (`href`, `src`, `code`, `lang`, `id`, `groupId`, `syncKey`, `icon`…) is a token,
 * identical in every translation.
 */
const proseProps = new Set([
  'title',
  'label',
  'description',
  'alt',
  'caption',
  'heading',
  'text',
  'summary',
  'placeholder',
  'tooltip',
  'aria-label',
  'subtitle',
  'name-label',
]);

/** Props that hold a link or a file: compared after the language marker of the URL is dropped. */
export const urlProps = new Set(['href', 'src', 'to', 'link', 'url', 'poster']);

export function componentModel(node: MdxJsxFlowElement | MdxJsxTextElement): ComponentModel {
  const props: ComponentProp[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      // `{...props}`: a spread, compared as written.
      props.push({ name: '...', value: attribute.value, kind: 'expression' });
      continue;
    }
    const value = attribute.value;
    if (value === null || value === undefined) props.push({ name: attribute.name, value: null, kind: 'token' });
    else if (typeof value === 'string') props.push({ name: attribute.name, value, kind: proseProps.has(attribute.name) ? 'prose' : 'token' });
    else props.push({ name: attribute.name, value: value.value, kind: 'expression' });
  }
  return { name: node.name, props, empty: node.children.length === 0, inline: node.type === 'mdxJsxTextElement' };
}

/** The text of a component's prose props, for the content checks (a translated `title`). */
export function componentProse(component: ComponentModel): string {
  return component.props
    .filter((prop) => prop.kind === 'prose' && prop.value)
    .map((prop) => prop.value!)
    .join('\n');
}

interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

/** What the `import` lines bind and the `export` lines declare, from acorn's tree (parsed, never run). */
export function esmModel(node: MdxjsEsm): EsmModel {
  const imports: ImportBinding[] = [];
  const exports: string[] = [];
  const program = (node.data as { estree?: { body?: EstreeNode[] } } | undefined)?.estree;
  for (const statement of program?.body ?? []) {
    if (statement.type === 'ImportDeclaration') {
      const value = (statement.source as { value?: unknown } | undefined)?.value;
      const source = typeof value === 'string' ? value : '';
      for (const specifier of (statement.specifiers as EstreeNode[] | undefined) ?? []) {
        const local = (specifier.local as { name?: unknown } | undefined)?.name;
        if (typeof local === 'string') imports.push({ local, source });
      }
    } else if (statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement.declaration as EstreeNode | null | undefined;
      if (statement.type === 'ExportDefaultDeclaration') exports.push('default');
      else if (declaration?.type === 'VariableDeclaration') {
        for (const declarator of (declaration.declarations as EstreeNode[] | undefined) ?? []) {
          const name = (declarator.id as { name?: unknown } | undefined)?.name;
          if (typeof name === 'string') exports.push(name);
        }
      } else if (declaration && typeof (declaration.id as { name?: unknown } | undefined)?.name === 'string') {
        exports.push((declaration.id as { name: string }).name);
      }
      for (const specifier of (statement.specifiers as EstreeNode[] | undefined) ?? []) {
        const exported = (specifier.exported as { name?: unknown } | undefined)?.name;
        if (typeof exported === 'string') exports.push(exported);
      }
    }
  }
  return { imports, exports };
}

/**
 * A directive's type, attributes and label. The label is the `[…]` of
 * `:::caution[Deprecated]`, or Docusaurus' `:::tip Title`, read from the
 * line as written (the parse saw it blanked, see parse-markdown.ts).
 */
export function directiveModel(node: ContainerDirective | LeafDirective, text: string, span: Span): DirectiveModel {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attributes ?? {})) if (typeof value === 'string') attributes[key] = value;
  const lineEnd = text.slice(span.start).search(/\r\n|\r|\n/);
  const firstLine = text.slice(span.start, lineEnd === -1 ? text.length : span.start + lineEnd);
  const title = /^[ \t]*:{2,}[A-Za-z][\w-]*[ \t]+([^\s[{].*?)[ \t]*$/.exec(firstLine)?.[1];
  return { kind: node.type === 'containerDirective' ? 'container' : 'leaf', name: node.name, label: title ?? '', attributes };
}

/** The lines of a container's opening: from its start to just before its first child (trailing blanks left out). */
export function openingSpan(text: string, span: Span, firstChildStart: number | null): Span {
  if (firstChildStart === null || firstChildStart <= span.start) return span;
  let end = firstChildStart;
  while (end > span.start && /\s/.test(text[end - 1]!)) end--;
  // A child that starts on the opening line (`<Aside>Text`): the opening ends where the child starts.
  const opening = text.slice(span.start, end);
  const breaks = opening.match(/\r\n|\r|\n/g)?.length ?? 0;
  const lastBreak = Math.max(opening.lastIndexOf('\n'), opening.lastIndexOf('\r'));
  const endColumn = breaks === 0 ? span.column + opening.length : opening.length - lastBreak;
  return { line: span.line, column: span.column, endLine: span.line + breaks, endColumn, start: span.start, end };
}

const inlineNames = new WeakMap<DocumentModel, Map<string, number>>();

/**
 * Components written inline, inside a paragraph (`<ReadMore>See [x](/y).</ReadMore>` on one line), by name and
 * count. The same component over three lines is a block of its own; a translation may write either form.
 */
export function inlineComponentNames(document: DocumentModel): Map<string, number> {
  let names = inlineNames.get(document);
  if (names) return names;
  names = new Map();
  const stack: Nodes[] = document.blocks.flatMap((block) => (block.kind === 'component' ? [] : block.nodes));
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'mdxJsxTextElement' && node.name) names.set(node.name, (names.get(node.name) ?? 0) + 1);
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
  inlineNames.set(document, names);
  return names;
}
