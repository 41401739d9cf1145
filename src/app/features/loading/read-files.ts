/** Dropped or picked files → documents for one or both sides; any file that is not Markdown text stops the load. */
import { readMarkdownDocument } from '../../shared/lib/decode-file.js';
import type { DocumentInput } from '../../protocol.js';
import type { Side } from '../../../core/vocabulary/side.js';

export interface PairUpdate {
  left?: DocumentInput;
  right?: DocumentInput;
}

class LoadRejected extends Error {}

/** One file goes to `side`; two files fill both sides in the order given. */
export async function readFiles(files: readonly File[], side: Side): Promise<PairUpdate> {
  if (files.length === 0) throw new LoadRejected('No file was given.');
  if (files.length > 2) throw new LoadRejected(`Give one or two files, not ${files.length}: one per side.`);
  const documents = await Promise.all(files.map((file) => readMarkdownDocument(file)));
  if (documents.length === 2) return { left: documents[0]!, right: documents[1]! };
  return { [side]: documents[0]! };
}
