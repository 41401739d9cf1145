/** The sample pair the app opens with: the project's seed documents, bundled as text. */
import icelandic from '../../../seeds/smo.is.md?raw';
import norwegian from '../../../seeds/smo.no.md?raw';
import type { DocumentInput } from '../protocol.js';

export const samplePair: { left: DocumentInput; right: DocumentInput } = {
  left: { name: 'smo.is.md', text: icelandic },
  right: { name: 'smo.no.md', text: norwegian },
};
