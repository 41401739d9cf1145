/** Explicit heading ids (`{#custom-id}`, or react.dev’s MDX comment form) lost, changed or added in translation. */
import { slug } from '../model/slug.js';
import { matchedRows } from './rows.js';
import type { Check } from './types.js';

export const headingId: Check = {
  id: 'heading-id',
  severity: 'error',
  summary: 'An explicit heading id (`## Title {#custom-id}`, react.dev’s `{/*custom-id*/}`) is lost, changed or added in translation.',
  rationale:
    'Sites with explicit heading ids keep one anchor for a section in every language, so that links across the site and from outside (`/docs/setup#install`) land on the same section whatever the locale. A translated or dropped id breaks every such link silently: the page still renders, the link lands at the top. The id is read as an id, not as heading text, and must be the same on both sides.',
  bad: {
    left: '## Installing React {/*installing-react*/}\n\nRun `npm install react`.\n',
    right: '## React のインストール {/*react-no-insutoru*/}\n\n`npm install react` を実行します。\n',
    note: 'The Japanese heading translated its id: links to `#installing-react` break.',
  },
  good: {
    left: '## Installing React {/*installing-react*/}\n\nRun `npm install react`.\n',
    right: '## React のインストール {/*installing-react*/}\n\n`npm install react` を実行します。\n',
    note: 'The heading is translated, the id kept.',
  },
  run(context, report) {
    for (const { row, left, right } of matchedRows(context.rows)) {
      if (!left.heading || !right.heading) continue;
      const a = left.features.anchors;
      const b = right.features.anchors;
      if (a.length === b.length && a.every((id, i) => id === b[i])) continue;
      // An explicit id on one side that equals the other side's generated anchor (`<h1 id="4-testing">` against
      // `# 4. Testing`): links land on the same section in both languages.
      if (a.length === 0 && b.length === 1 && b[0] === slug(left.heading.text)) continue;
      if (b.length === 0 && a.length === 1 && a[0] === slug(right.heading.text)) continue;
      const ids = (list: readonly string[]) => list.map((id) => `\`#${id}\``).join(', ');
      const message =
        b.length === 0
          ? `The right heading “${right.heading.text}” lost its id ${ids(a)}: links to it from other pages break.`
          : a.length === 0
            ? `The right heading “${right.heading.text}” has an id ${ids(b)} that the left heading has not.`
            : `The heading id changed: the left has ${ids(a)}, the right ${ids(b)}; links to it from other pages break.`;
      report({ message, left: left.span, right: right.span, row, severity: a.length === 0 ? 'warning' : undefined });
    }
  },
};
