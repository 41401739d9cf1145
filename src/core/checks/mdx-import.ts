/** MDX imports: a component used on one side but no longer imported there, or imported from elsewhere. */
import type { Nodes } from 'mdast';
import type { DocumentModel, Span } from '../model/types.js';
import { spanOf } from '../model/span.js';
import { removableComponents } from './mdx-config.js';
import type { Check } from './types.js';
import type { Side } from '../vocabulary/side.js';

export const mdxImport: Check = {
  id: 'mdx-import',
  severity: 'error',
  summary:
    'A component is used on a side that no longer imports it (the other side does), or one name is imported from another module. An import whose component is unused on that side is fine.',
  rationale:
    'An MDX page that uses `<Tabs>` without importing it compiles, then fails when the page is rendered: the component is undefined. Translators drop or retype import lines because they look like code they should not touch, or copy a page’s body without its head. Imports are compared by the name they bind and the module they come from; an import that the translation drops together with the component that used it, or an extra unused import, is not a defect (the component itself is compared by `mdx-component`).',
  bad: {
    left: 'import { Tabs, TabItem } from \'@astrojs/starlight/components\';\n\n## 설치\n\n<Tabs>\n<TabItem label="npm">\n\n```sh\nnpm install astro\n```\n\n</TabItem>\n</Tabs>\n',
    right:
      'import { Tabs } from \'@astrojs/starlight/components\';\n\n## 설치\n\n<Tabs>\n<TabItem label="npm">\n\n```sh\nnpm install astro\n```\n\n</TabItem>\n</Tabs>\n',
    note: 'The Korean page still uses `<TabItem>` but no longer imports it.',
    extension: 'mdx',
  },
  good: {
    left: "import { Tabs, TabItem } from '@astrojs/starlight/components';\nimport DontEditWarning from '~/components/DontEditWarning.astro';\n\n<DontEditWarning />\n\n## Install\n\n<Tabs>\n<TabItem label=\"npm\">\n\n```sh\nnpm install astro\n```\n\n</TabItem>\n</Tabs>\n",
    right:
      'import { Tabs, TabItem } from \'@astrojs/starlight/components\';\n\n## 설치\n\n<Tabs>\n<TabItem label="npm">\n\n```sh\nnpm install astro\n```\n\n</TabItem>\n</Tabs>\n',
    note: 'The translation dropped `<DontEditWarning />` and its import, as the source asks translators to: nothing is missing.',
    extension: 'mdx',
  },
  run(context, report) {
    const removable = removableComponents(context);
    const left = importsOf(context.left);
    const right = importsOf(context.right);
    for (const [side, mine, theirs, document] of [
      ['left', left, right, context.left],
      ['right', right, left, context.right],
    ] as const) {
      const other = side === 'left' ? 'right' : 'left';
      for (const [name, span] of usedComponents(document)) {
        if (mine.has(name) || !theirs.has(name) || removable.has(name)) continue;
        report({
          message: `The ${side} uses <${name}> at line ${span.line} but does not import it; the ${other} imports it from \`${theirs.get(name)!.source}\`. The page would fail to render.`,
          left: side === 'left' ? span : null,
          right: side === 'right' ? span : null,
          row: rowOf(context, side, span),
        });
      }
    }
    for (const [name, binding] of left) {
      const counterpart = right.get(name);
      if (!counterpart || counterpart.source === binding.source) continue;
      report({
        message: `\`${name}\` is imported from \`${binding.source}\` on the left but from \`${counterpart.source}\` on the right.`,
        left: binding.span,
        right: counterpart.span,
        row: rowOf(context, 'left', binding.span),
        severity: 'warning',
      });
    }
  },
};

interface Imported {
  source: string;
  span: Span;
}

function importsOf(document: DocumentModel): Map<string, Imported> {
  const imports = new Map<string, Imported>();
  for (const block of document.blocks) {
    for (const binding of block.esm?.imports ?? [])
      if (!imports.has(binding.local)) imports.set(binding.local, { source: binding.source, span: block.span });
  }
  return imports;
}

/** Components a side uses (blocks and components inside text), by the name an import binds (`Card` of `Card.Header`), first use. */
function usedComponents(document: DocumentModel): Map<string, Span> {
  const used = new Map<string, Span>();
  const visit = (node: Nodes, depth: number) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const name = node.name.split('.')[0]!;
      // Lower-case names are HTML elements (`<div>`), not imports.
      if (/^[A-Z_$]/.test(name) && !used.has(name)) used.set(name, spanOf(node));
    }
    if ('children' in node && depth < 200) for (const child of node.children) visit(child, depth + 1);
  };
  for (const block of document.blocks) {
    // Containers list their content as blocks of their own: visit only the opening's own element.
    if (block.component || block.directive) {
      const node = block.nodes[0]!;
      if (node.type === 'mdxJsxFlowElement' && node.name) {
        const name = node.name.split('.')[0]!;
        if (/^[A-Z_$]/.test(name) && !used.has(name)) used.set(name, block.span);
      }
      continue;
    }
    for (const node of block.nodes) visit(node, 0);
  }
  return used;
}

function rowOf(context: Parameters<Check['run']>[0], side: Side, span: Span): number | null {
  const blocks = context[side].blocks;
  const block = blocks.find((candidate) => candidate.span.line <= span.line && candidate.span.endLine >= span.line);
  if (!block) return null;
  const row = context.alignment.rows.findIndex((candidate) => candidate[side] === block.index);
  return row === -1 ? null : row;
}
