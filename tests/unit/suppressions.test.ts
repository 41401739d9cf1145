/**
 * Inline suppression comments (src/core/suppressions.ts) on realistic translated pairs: markdownlint's
 * grammar with `mdparity-`, in either file, dropped from the report and counted in `summary.suppressed`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/index.js';
import { readSuppressions } from '../../src/core/suppressions.js';

const is = readFileSync('seeds/smo.is.md', 'utf8');
const no = readFileSync('seeds/smo.no.md', 'utf8');
const keys = (text: string, other = is) =>
  compare(other, text)
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => finding.check)
    .sort();

const en = `# Installation

Run \`npm install react\` to add React to your project, then read the [quick start](https://react.dev/learn).

See [the API reference](https://react.dev/reference/react) for every hook.
`;
const ko = `# 설치

프로젝트에 React를 추가하려면 \`npm install react\`를 실행한 다음 [빠른 시작](https://react.dev/learn/installation)을 읽으세요.

모든 Hook은 [API 참고서](https://react.dev/reference/react-dom)를 확인하세요.
`;

describe('inline suppression comments', () => {
  it('the seed pair without comments has its three warnings', () => {
    expect(keys(no)).toEqual(['bullet-marker', 'heading-format', 'link-span']);
  });

  it('disable-next-line silences the named check on the next line of that side, and is counted', () => {
    const silenced = no.replace('## Høydepunkter\n\n', '## Høydepunkter\n\n<!-- mdparity-disable-next-line bullet-marker -->\n');
    const report = compare(is, silenced);
    expect(report.findings.map((finding) => finding.check)).not.toContain('bullet-marker');
    expect(report.summary.suppressed).toBe(1);
    // The comment is a block the other side lacks: that is not a finding.
    expect(report.findings.map((finding) => finding.check)).not.toContain('missing-block');
    expect(keys(silenced)).toEqual(['heading-format', 'link-span']);
  });

  it('a comment naming another check, or on the wrong line, silences nothing', () => {
    expect(keys(no.replace('## Høydepunkter\n\n', '## Høydepunkter\n\n<!-- mdparity-disable-next-line link-target -->\n'))).toEqual([
      'bullet-marker',
      'heading-format',
      'link-span',
    ]);
    expect(keys(no.replace('## Høydepunkter\n', '<!-- mdparity-disable-next-line bullet-marker -->\n## Høydepunkter\n'))).toContain('bullet-marker');
  });

  it('a comment in the source (left) silences the finding too', () => {
    const source = is.replace('##Hápunktar', '<!-- mdparity-disable-next-line heading-format -->\n##Hápunktar');
    expect(keys(no, source)).toEqual(['bullet-marker', 'link-span']);
  });

  it('disable … enable covers a range, for the named checks or every check', () => {
    const ranged = no
      .replace('## Hva er optimalisering', '<!-- mdparity-disable link-span heading-format -->\n\n## Hva er optimalisering')
      .replace('## Strategier', '<!-- mdparity-enable link-span -->\n\n## Strategier');
    expect(keys(ranged)).toEqual(['bullet-marker']);
    const all = no.replace('## Høydepunkter', '<!-- mdparity-disable -->\n\n## Høydepunkter');
    expect(keys(all)).toEqual(['link-span']);
    const reenabled = `${all.trimEnd()}\n\n<!-- mdparity-enable -->\n`;
    expect(keys(reenabled)).toEqual(['link-span']);
  });

  it('disable-line, disable-file, capture and restore follow markdownlint', () => {
    const korean = ko.replace('을 읽으세요.', '을 읽으세요. <!-- mdparity-disable-line link-target -->');
    const plain = compare(en, ko).findings.filter((finding) => finding.check === 'link-target');
    expect(plain.length).toBeGreaterThan(0);
    const lineOnly = compare(en, korean).findings.filter((finding) => finding.check === 'link-target');
    expect(lineOnly.length).toBe(plain.length - plain.filter((finding) => finding.right?.line === 3).length);
    const wholeFile = `${ko}\n<!-- mdparity-disable-file link-target -->\n`;
    expect(compare(en, wholeFile).findings.filter((finding) => finding.check === 'link-target')).toEqual([]);
    const scoped = ko
      .replace('모든 Hook', '<!-- mdparity-capture -->\n<!-- mdparity-disable -->\n\n모든 Hook')
      .concat('\n<!-- mdparity-restore -->\n');
    const restored = readSuppressions(scoped);
    expect(restored.isSuppressed('link-target', 8)).toBe(true);
    expect(restored.isSuppressed('link-target', 3)).toBe(false);
    expect(restored.isSuppressed('link-target', scoped.split('\n').length)).toBe(false);
  });

  it('comments inside fenced code or inline code are examples, not directives; MDX comments work', () => {
    const documented = `# Stille en sjekk\n\nSkriv \`<!-- mdparity-disable -->\` over avsnittet.\n\n\`\`\`markdown\n<!-- mdparity-disable -->\n\`\`\`\n\nTekst.\n`;
    const read = readSuppressions(documented);
    expect(read.comments).toEqual([]);
    expect(read.isSuppressed('link-target', 10)).toBe(false);
    const mdx = readSuppressions('# العنوان\n\n{/* mdparity-disable-next-line link-target */}\n[الدليل](https://example.com/ar/guide)\n');
    expect(mdx.isSuppressed('link-target', 4)).toBe(true);
    expect(mdx.isSuppressed('link-target', 3)).toBe(false);
  });
});
