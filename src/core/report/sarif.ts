/**
 * The SARIF 2.1.0 report, for code-scanning dashboards: one run, one rule per
 * check (summary and rationale from the catalog), one result per finding.
 *
 * A result is located in the file under review, by default the right one
 * (the translation); a finding with only a left location is located in the
 * left file. The other side's location is a related location. Columns are
 * UTF-16 code units, as the report counts them; URIs are percent-encoded,
 * relative when the paths are.
 */
import { wellFormed } from './escape.js';
import { escapeInvisibleJson } from './json.js';
import type { Finding, Location, Report } from './types.js';
import type { WriterOptions } from './writer-options.js';
import { pathToUri, reportChecks, sectionLabel, sourceLines, type Side } from './writer-support.js';

export interface SarifOptions extends WriterOptions {
  /** The side whose file results are located in; the other side is the related location. Default: right. */
  reviewedSide?: Side;
}

const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const levels = { error: 'error', warning: 'warning', info: 'note' } as const;

export function writeSarif(report: Report, options: SarifOptions = {}): string {
  const reviewed: Side = options.reviewedSide ?? 'right';
  const lines = { left: sourceLines(options.leftText), right: sourceLines(options.rightText) };
  const rules = reportChecks(report);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));

  // The two files as artifacts (when their paths are known).
  const artifacts: object[] = [];
  const artifactIndex: Partial<Record<Side, number>> = {};
  for (const side of ['left', 'right'] as const) {
    const info = report[side];
    if (info.path === null) continue;
    artifactIndex[side] = artifacts.length;
    artifacts.push({
      location: { uri: pathToUri(info.path) },
      mimeType: 'text/markdown',
      sourceLanguage: 'markdown',
      ...(side === reviewed ? { roles: ['analysisTarget'] } : {}),
      properties: { side, ...(info.language ? { language: info.language } : {}) },
    });
  }

  const artifactLocation = (side: Side) => {
    const info = report[side];
    return info.path === null ? { description: { text: `the ${side} document` } } : { uri: pathToUri(info.path), index: artifactIndex[side]! };
  };

  const physicalLocation = (side: Side, location: Location | null) => {
    if (!location) return { artifactLocation: artifactLocation(side) };
    const snippet = lines[side]?.[location.line - 1];
    return {
      artifactLocation: artifactLocation(side),
      region: {
        startLine: location.line,
        startColumn: location.column,
        endLine: Math.max(location.line, location.endLine),
        ...(snippet !== undefined ? { snippet: { text: snippet } } : {}),
      },
    };
  };

  const result = (finding: Finding) => {
    const side: Side = finding[reviewed] || !finding[other(reviewed)] ? reviewed : other(reviewed);
    const counterpart = other(side);
    const language = report[counterpart].language;
    const related =
      finding[counterpart] || report[counterpart].path !== null
        ? [
            {
              id: 1,
              physicalLocation: physicalLocation(counterpart, finding[counterpart]),
              message: {
                text: `The ${counterpart} version${language ? ` (${language})` : ''}${finding[counterpart] ? '' : ': no counterpart located'}.`,
              },
            },
          ]
        : [];
    // A finding that groups one defect's places (a repeated block, a run of passages, a stale page): each other place.
    for (const place of finding.related ?? []) {
      const placeSide: Side = place[side] ? side : counterpart;
      related.push({
        id: related.length + 1,
        physicalLocation: physicalLocation(placeSide, place[placeSide]),
        message: { text: 'The same finding, again.' },
      });
    }
    return {
      ruleId: finding.check,
      ruleIndex: ruleIndex.get(finding.check)!,
      level: levels[finding.severity],
      message: { text: finding.message },
      locations: [{ physicalLocation: physicalLocation(side, finding[side]) }],
      ...(related.length > 0 ? { relatedLocations: related } : {}),
      partialFingerprints: { 'mdparity/v1': finding.fingerprint },
      // An accepted finding is suppressed the way code-scanning services understand: reviewed outside the tool.
      ...(finding.decision?.status === 'accepted'
        ? {
            suppressions: [
              { kind: 'external', status: 'accepted', ...(finding.decision.comment ? { justification: finding.decision.comment } : {}) },
            ],
          }
        : {}),
      properties: {
        section: sectionLabel(report.sections[finding.section]),
        row: finding.row,
        ...(finding.decision ? { decision: finding.decision.status } : {}),
      },
    };
  };

  const sarif = {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: rules.map(({ id, meta }) => ({
              id,
              name: id.replace(/(^|-)([a-z0-9])/g, (_match, _dash: string, char: string) => char.toUpperCase()),
              shortDescription: { text: meta?.summary ?? id },
              fullDescription: { text: meta?.rationale ?? meta?.summary ?? id },
              help: { text: meta?.rationale ?? meta?.summary ?? id },
              defaultConfiguration: { level: levels[meta?.severity ?? 'warning'] },
            })),
          },
        },
        artifacts,
        columnKind: 'utf16CodeUnits',
        newlineSequences: ['\r\n', '\r', '\n'],
        results: report.findings.map(result),
        properties: { summary: report.summary },
      },
    ],
  };
  return `${escapeInvisibleJson(JSON.stringify(sarif, (_key, value: unknown) => (typeof value === 'string' ? wellFormed(value) : value), 2))}\n`;
}

function other(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}
