/** MDX components: one missing or extra, another component in its place, or a prop that must match changed. */
import type { Block, ComponentProp } from '../model/types.js';
import { normalizeUrl } from '../model/url.js';
import { inlineComponentNames, urlProps } from '../model/mdx.js';
import type { DocumentModel } from '../model/types.js';
import { isRemovable, propsMustMatch, removableComponents } from './mdx-config.js';
import { kindName } from '../vocabulary/kind-names.js';
import { quote, withArticle } from '../vocabulary/phrasing.js';
import { containerMissing, sectionMissing } from './missing-block.js';
import type { Check } from './types.js';

export const mdxComponent: Check = {
  id: 'mdx-component',
  severity: 'error',
  summary:
    'An MDX component (`<Steps>`, `<Tabs>`, `<Sandpack>`) is missing or extra, another component stands in its place, or a prop that must match (`href`, `src`, `code`, `lang`, `id`, configured ones) differs or was renamed.',
  rationale:
    'Components carry what Markdown cannot: the steps of a procedure, tabbed alternatives, a live code sandbox, a card linking elsewhere. A translation that drops one loses that content and form; one that renames a prop (a translated `title=` name) or changes a language-neutral value (a link, a source file, a tab group key) renders differently or not at all. Prose props such as `title` and `label` are translated and compared as prose by the content checks. Components that translators are told to remove (Astro’s `<DontEditWarning/>`; `mdx.removableComponents`, `mdx.presets`) are not reported when absent.',
  bad: {
    left: 'import { LinkCard } from \'@astrojs/starlight/components\';\n\n## Next steps\n\n<LinkCard title="Deploy your site" href="/en/guides/deploy/" />\n',
    right:
      'import { LinkCard } from \'@astrojs/starlight/components\';\n\n## Étapes suivantes\n\n<LinkCard titre="Déployer votre site" href="/fr/guides/integrations/" />\n',
    note: 'The French card renamed `title` to `titre` and links to another page.',
    extension: 'mdx',
  },
  good: {
    left: 'import { LinkCard } from \'@astrojs/starlight/components\';\n\n## Next steps\n\n<LinkCard title="Deploy your site" href="/en/guides/deploy/" />\n',
    right:
      'import { LinkCard } from \'@astrojs/starlight/components\';\n\n## Étapes suivantes\n\n<LinkCard title="Déployer votre site" href="/fr/guides/deploy/" />\n',
    note: 'The title is translated; the link is the same page in the French tree.',
    extension: 'mdx',
  },
  run(context, report) {
    const removable = removableComponents(context);
    const mustMatch = propsMustMatch(context.config);
    const pairs = context.rows;
    pairs.forEach((pair, k) => {
      const { left, right } = pair;
      if (left?.component && right?.component) {
        const a = left.component;
        const b = right.component;
        if (a.name !== b.name) {
          // Each name also on the other side: the pairing is off by a block (a wrapper `<p>` one side has), not a
          // replacement. An HTML element (`<p>`, `<div>`) is form. Only a component replaced by another is an error.
          const onLeft = (name: string | null) => lineBreaks.has(name ?? '') || componentNames(context.left).has(name ?? '');
          const onRight = (name: string | null) => lineBreaks.has(name ?? '') || componentNames(context.right).has(name ?? '');
          const shifted = onLeft(b.name) && onRight(a.name);
          const html = !/^[A-Z]/.test(a.name ?? '') || !/^[A-Z]/.test(b.name ?? '');
          report({
            message: shifted
              ? `The left has ${tag(left)} at line ${left.span.line}, the right ${tag(right)} at line ${right.span.line}; each also occurs on the other side, so the pairing is likely off by one block rather than one component replaced.`
              : `The left has ${tag(left)} at line ${left.span.line}, the right ${tag(right)} at line ${right.span.line}: another component in its place.`,
            left: left.span,
            right: right.span,
            row: pair.row,
            severity: shifted ? 'info' : html ? 'warning' : undefined,
          });
          return;
        }
        for (const message of propDifferences(a.props, b.props, tag(left), mustMatch)) {
          report({ message: message.text, left: left.span, right: right.span, row: pair.row, severity: message.severity });
        }
        return;
      }
      const block = left?.component ? left : right?.component ? right : null;
      if (!block) return;
      const side = block === left ? 'left' : 'right';
      const other = side === 'left' ? 'right' : 'left';
      const counterpart = side === 'left' ? right : left;
      const html = !/^[A-Z]/.test(block.component!.name ?? '');
      if (counterpart) {
        // A component aligned with a paragraph or list: the content kept, the component lost (or added).
        report({
          message: `The ${side} has ${tag(block)} at line ${block.span.line}; the ${other} has no component there (${withArticle(kindName(counterpart))} at line ${counterpart.span.line}).`,
          left: left!.span,
          right: right!.span,
          row: pair.row,
          severity: html ? 'warning' : undefined,
        });
        return;
      }
      if (context.alignment.rows[pair.row]!.movedTo !== undefined) return; // missing-block reports a move.
      const blocks = context[side].blocks;
      if (isRemovable(block, blocks, removable)) return;
      // Inside a component that is itself missing, or in a section missing as a whole: that one finding says it.
      if (containerMissing(context, side, block) || sectionMissing(pairs, k, side)) return;
      // A line break (`<br />`) on a line of its own is form; inline-format compares line breaks.
      if (lineBreaks.has(block.component!.name ?? '')) return;
      // The other side writes the same component inline, inside a paragraph (`<ReadMore>…</ReadMore>` on one line).
      if (
        (inlineComponentNames(context[other]).get(block.component!.name ?? '') ?? 0) >
        (inlineComponentNames(context[side]).get(block.component!.name ?? '') ?? 0)
      )
        return;
      report({
        message: `The ${side} has ${html ? `the HTML element ${tag(block)}` : tag(block)} at line ${block.span.line} that the ${other} does not have${side === 'left' && !html ? ' (dropped in translation?)' : ''}.`,
        left: side === 'left' ? block.span : null,
        right: side === 'right' ? block.span : null,
        row: pair.row,
        // A component the translation adds is rarer and less harmful than one it drops; an HTML wrapper
        // (`<p>`, `<br />`) is form, its content is compared on its own.
        severity: side === 'right' || html ? 'warning' : undefined,
      });
    });
  },
};

const lineBreaks = new Set(['br', 'wbr']);

function tag(block: Block): string {
  return `<${block.component!.name ?? ''}>`;
}

interface PropMessage {
  text: string;
  severity?: 'warning';
}

function propDifferences(
  left: readonly ComponentProp[],
  right: readonly ComponentProp[],
  name: string,
  mustMatch: ReadonlySet<string>,
): PropMessage[] {
  const messages: PropMessage[] = [];
  const leftNames = new Set(left.map((prop) => prop.name));
  const rightNames = new Set(right.map((prop) => prop.name));
  const onlyLeft = left.filter((prop) => !rightNames.has(prop.name) && prop.name !== '...');
  const onlyRight = right.filter((prop) => !leftNames.has(prop.name) && prop.name !== '...');
  if (onlyLeft.length > 0 || onlyRight.length > 0) {
    const names = (props: ComponentProp[]) => props.map((prop) => `\`${prop.name}\``).join(', ');
    const renamed = onlyLeft.length > 0 && onlyRight.length > 0;
    messages.push({
      text: renamed
        ? `The right ${name} has ${names(onlyRight)} where the left has ${names(onlyLeft)}: a prop name was translated or renamed, and the component no longer receives it.`
        : onlyLeft.length > 0
          ? `The right ${name} lacks ${names(onlyLeft)} that the left sets.`
          : `The right ${name} sets ${names(onlyRight)} that the left does not.`,
      severity: renamed || onlyLeft.some((prop) => mustMatch.has(prop.name)) ? undefined : 'warning',
    });
  }
  for (const prop of left) {
    if (!mustMatch.has(prop.name)) continue;
    const counterpart = right.find((candidate) => candidate.name === prop.name);
    if (!counterpart) continue;
    const same =
      prop.value === counterpart.value ||
      (urlProps.has(prop.name) && prop.value !== null && counterpart.value !== null && normalizeUrl(prop.value) === normalizeUrl(counterpart.value));
    if (!same) {
      messages.push({
        text: `The ${name} prop \`${prop.name}\` differs: the left has ${quote(prop.value ?? 'true', 60)}, the right ${quote(counterpart.value ?? 'true', 60)}; it must be the same in every language.`,
      });
    }
  }
  return messages;
}

const blockNames = new WeakMap<DocumentModel, Set<string>>();

/** Names of the components written as blocks of their own in the document. */
function componentNames(document: DocumentModel): Set<string> {
  let names = blockNames.get(document);
  if (!names) {
    names = new Set(document.blocks.flatMap((block) => (block.component?.name ? [block.component.name] : [])));
    blockNames.set(document, names);
  }
  return names;
}
