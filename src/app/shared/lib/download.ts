/** Saves text as a file through the browser's downloads: a Blob, an object URL and a temporary link. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBytes(fileName, text, type);
}

/** Saves a file's content (text, written as UTF-8, or bytes as they are) through the browser's downloads. */
export function downloadBytes(fileName: string, content: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; the URL may go after a grace period.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * The report's file name, as the CLI's --out-dir names it: the right file's
 * name without its Markdown extension, then `.mdparity.<ext>`. When both
 * files have one name (`README.md ↔ README.md`), the right side's language
 * goes after it (`README.he.mdparity.json`), so two such pairs' reports do
 * not overwrite each other.
 */
export function reportFileName(rightName: string, extension: string, pair?: { leftName: string; rightLanguage: string | null }): string {
  let stem = stemOf(rightName);
  if (pair && pair.rightLanguage && stemOf(pair.leftName) === stem) stem = `${stem}.${stemOf(pair.rightLanguage)}`;
  return `${stem}.mdparity.${extension}`;
}

function stemOf(name: string): string {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? name;
  return base.replace(/\.(md|markdown|mdx)$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'report';
}
