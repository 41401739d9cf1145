/**
 * MDX components, expressions, imports and directives in a block's rendered
 * preview, shown as what they are: labelled boxes (`<Tabs syncKey="pkg">`,
 * `:::caution[Deprecated]`) around the content they hold, expressions and
 * imports as their source text. Nothing is evaluated or rendered as the site
 * would: a translated page is untrusted input, and a reviewer needs to see the
 * structure, not a component library. mdast-util-to-hast would otherwise turn
 * them into bare `div`s (the name lost) or drop them.
 */
import type { Element, ElementContent } from 'hast';
import type { Directives } from 'mdast-util-directive';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { Handler, Handlers, State } from 'mdast-util-to-hast';
import type { Schema } from 'hast-util-sanitize';
import { defaultSchema } from 'hast-util-sanitize';
import { toString } from 'mdast-util-to-string';
import type { Block } from '../../core/model/types.js';

/** Longest prop value shown in a label; the source view has the rest. A directive's label is prose: shown whole. */
const maxPropValue = 60;

/** The classes the preview gives MDX and directive nodes; the sanitiser lets exactly these through. */
const mdxClasses = {
  box: 'mdx-box',
  inline: 'mdx-inline',
  label: 'mdx-label',
  expression: 'mdx-expression',
} as const;

/**
 * Handlers for mdast-util-to-hast. `own` is the node the previewed block is made of: a container whose children
 * are rows of their own in the aligned view shows only its label there (its content would appear twice); the same
 * component nested deeper (in a list item, in another component) shows its content inside the box.
 */
export function mdxHandlers(block: Block): Handlers {
  const own = block.nodes[0];
  const flow: Handler = (state: State, node: MdxJsxFlowElement | Directives) => {
    // Docusaurus' `:::tip Title` was blanked before the parse; the model read the title from the line.
    const label = node === own && block.directive?.label && !hasLabelChild(node) ? `${labelOf(node)} ${block.directive.label}` : labelOf(node);
    return box('div', mdxClasses.box, label, node === own && node.type !== 'leafDirective' ? [] : contentOf(state, node));
  };
  const text: Handler = (state: State, node: MdxJsxTextElement | Directives) => box('span', mdxClasses.inline, labelOf(node), contentOf(state, node));
  const expression =
    (tagName: 'div' | 'span'): Handler =>
    (_state: State, node: { value: string }) =>
      element(tagName, [mdxClasses.expression], [{ type: 'text', value: `{${node.value}}` }]);
  return {
    mdxJsxFlowElement: flow,
    containerDirective: flow,
    leafDirective: flow,
    mdxJsxTextElement: text,
    textDirective: text,
    mdxFlowExpression: expression('div'),
    mdxTextExpression: expression('span'),
    mdxjsEsm: (_state: State, node: { value: string }) => element('pre', [], [element('code', [], [{ type: 'text', value: node.value }])]),
  } as Handlers;
}

/** The default GitHub-like schema plus the preview's own classes on `div` and `span`. */
export const previewSchema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    div: [...(defaultSchema.attributes?.div ?? []), ['className', mdxClasses.box, mdxClasses.label, mdxClasses.expression]],
    span: [...(defaultSchema.attributes?.span ?? []), ['className', mdxClasses.inline, mdxClasses.label, mdxClasses.expression]],
  },
};

/** `<Name prop="value" flag {…}>` for a component, `:::name[label]{key="value"}` for a directive. */
function labelOf(node: MdxJsxFlowElement | MdxJsxTextElement | Directives): string {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const props = node.attributes.map((attribute) => {
      if (attribute.type === 'mdxJsxExpressionAttribute') return '{…}';
      const value = attribute.value;
      if (value === null || value === undefined) return attribute.name;
      return typeof value === 'string' ? `${attribute.name}="${shorten(value)}"` : `${attribute.name}={…}`;
    });
    return `<${[node.name ?? '', ...props].join(' ').trim()}>`;
  }
  const marker = node.type === 'containerDirective' ? ':::' : node.type === 'leafDirective' ? '::' : ':';
  const label = hasLabelChild(node) ? `[${toString(node.children[0])}]` : '';
  const attributes = Object.entries(node.attributes ?? {})
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([key, value]) => `${key}="${shorten(value)}"`);
  return `${marker}${node.name}${label}${attributes.length > 0 ? `{${attributes.join(' ')}}` : ''}`;
}

/** A node's content without a directive's label paragraph (the label shows it). */
function contentOf(state: State, node: MdxJsxFlowElement | MdxJsxTextElement | Directives): ElementContent[] {
  if (hasLabelChild(node)) return state.all({ ...node, children: node.children.slice(1) } as typeof node);
  return state.all(node);
}

/** Whether a directive's first child is its `[label]`, which mdast keeps as a paragraph marked `directiveLabel`. */
function hasLabelChild(node: MdxJsxFlowElement | MdxJsxTextElement | Directives): boolean {
  if (node.type !== 'containerDirective') return false;
  const data = node.children[0]?.data;
  return data !== undefined && 'directiveLabel' in data && data.directiveLabel === true;
}

function shorten(value: string): string {
  return value.length > maxPropValue ? `${value.slice(0, maxPropValue - 1)}…` : value;
}

function box(tagName: 'div' | 'span', className: string, label: string, children: ElementContent[]): Element {
  return element(
    tagName,
    [className],
    [element(tagName === 'div' ? 'div' : 'span', [mdxClasses.label], [{ type: 'text', value: label }]), ...children],
  );
}

function element(tagName: string, className: string[], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties: className.length > 0 ? { className } : {}, children };
}
