/** Math (`$$ … $$`): formulas are language-neutral like code, compared by the code checks; a single `$` stays a price. */
import { describe, expect, it } from 'vitest';
import { compare, compareDocuments } from '../../src/core/index.js';

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const english = lines(
  '# Gradient descent',
  '',
  'Each step moves against the gradient $$\\nabla f(x)$$ with a learning rate.',
  '',
  '$$',
  'x_{k+1} = x_k - \\eta \\nabla f(x_k)',
  '$$',
  '',
  'A GPU hour costs about $2 and a CPU hour $0.05.',
);

describe('math', () => {
  it('reads display and inline math as formulas that a faithful French page keeps', () => {
    const french = lines(
      '# Descente de gradient',
      '',
      'Chaque pas suit l’opposé du gradient $$\\nabla f(x)$$ avec un taux d’apprentissage.',
      '',
      '$$',
      'x_{k+1} = x_k - \\eta \\nabla f(x_k)',
      '$$',
      '',
      'Une heure de GPU coûte environ 2 $ et une heure de CPU 0,05 $.',
    );
    const { left, report } = compareDocuments(english, french, { leftPath: 'gd.en.md', rightPath: 'gd.fr.md' });
    expect(left.blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'code', 'paragraph']);
    expect(left.blocks[2]!.code).toMatchObject({ lang: 'math', value: 'x_{k+1} = x_k - \\eta \\nabla f(x_k)' });
    expect(left.blocks[1]!.features.codes.map((code) => code.value)).toEqual(['\\nabla f(x)']);
    // Prices with a single `$` are prose, not math.
    expect(left.blocks[3]!.features.codes).toEqual([]);
    expect(report.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
  });

  it('reports a changed formula in the Chinese page (a sign flipped), as code-block does for code', () => {
    const chinese = lines(
      '# 梯度下降',
      '',
      '每一步沿梯度 $$\\nabla f(x)$$ 的反方向移动，步长由学习率决定。',
      '',
      '$$',
      'x_{k+1} = x_k + \\eta \\nabla f(x_k)',
      '$$',
      '',
      'GPU 每小时约 2 美元，CPU 每小时 0.05 美元。',
    );
    const found = compare(english, chinese, { leftPath: 'gd.en.md', rightPath: 'gd.zh.md' }).findings.filter(
      (finding) => finding.check === 'code-block',
    );
    // At the line that differs inside the formula block.
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 6 }, right: { line: 6 } }]);
  });
});
