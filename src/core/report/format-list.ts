/**
 * The report formats as data: name, file extension, media type and a label
 * for menus and help. No writer is imported here, so the app's main thread can
 * list the formats without bundling the writers (they run in its worker).
 */
export const formatList = [
  { name: 'json', extension: 'json', mediaType: 'application/json', label: 'The full report (docs/report.schema.json)' },
  {
    name: 'text',
    extension: 'txt',
    mediaType: 'text/plain;charset=utf-8',
    label: 'Terminal text: findings grouped by section, file:line for both sides',
  },
  { name: 'csv', extension: 'csv', mediaType: 'text/csv;charset=utf-8', label: 'One row per finding, for spreadsheets' },
  { name: 'markdown', extension: 'md', mediaType: 'text/markdown;charset=utf-8', label: 'Tables per section, for pull-request comments' },
  { name: 'html', extension: 'html', mediaType: 'text/html;charset=utf-8', label: 'Self-contained page with the side-by-side view' },
  { name: 'sarif', extension: 'sarif', mediaType: 'application/sarif+json', label: 'SARIF 2.1.0, for code scanning' },
  { name: 'junit', extension: 'xml', mediaType: 'application/xml', label: 'JUnit XML, for CI test dashboards' },
  {
    name: 'compact',
    extension: 'log',
    mediaType: 'text/plain;charset=utf-8',
    label: 'One line per finding, path:line:column: severity check message',
  },
  { name: 'github', extension: 'github', mediaType: 'text/plain;charset=utf-8', label: 'GitHub Actions annotations (::warning file=…::message)' },
  { name: 'gitlab', extension: 'codequality', mediaType: 'application/json', label: 'GitLab Code Quality JSON (artifacts:reports:codequality)' },
] as const;

export type FormatName = (typeof formatList)[number]['name'];
