/**
 * What can be read about a document's language beyond language.ts's rules
 * (front matter, `name.xx.md`, `xx/name.md`): file names that spell the
 * language out or join it with a dash (`README.hebrew.md`, `README-he.md`,
 * `README_zh-CN.md`), and the writing system of the text when statistical
 * detection fails (franc-min knows no Hebrew: a Hebrew README full of English
 * code was detected as English and laid out left to right). In the core, not
 * the app, so the CLI and the reports can read languages as the app does.
 */
import { isLanguageCode, languageFromPath } from './language.js';

/** English names of languages as file names spell them. */
const languageNames: Record<string, string> = {
  arabic: 'ar',
  chinese: 'zh',
  czech: 'cs',
  dutch: 'nl',
  english: 'en',
  farsi: 'fa',
  french: 'fr',
  german: 'de',
  greek: 'el',
  hebrew: 'he',
  hindi: 'hi',
  indonesian: 'id',
  italian: 'it',
  japanese: 'ja',
  korean: 'ko',
  persian: 'fa',
  polish: 'pl',
  portuguese: 'pt',
  russian: 'ru',
  spanish: 'es',
  swedish: 'sv',
  thai: 'th',
  turkish: 'tr',
  ukrainian: 'uk',
  urdu: 'ur',
  vietnamese: 'vi',
};

/** The language a file name (or path) names: the core's rules, then `-xx`/`_xx` suffixes and spelled-out names. */
export function languageFromFileName(path: string): string | null {
  const fromCore = languageFromPath(path);
  if (fromCore) return fromCore;
  const name = (path.split(/[\\/]/).pop() ?? path).replace(/\.(md|markdown|mdx|txt)$/i, '');
  for (const part of name.split(/[.\-_ ]+/).reverse()) {
    const spelled = languageNames[part.toLowerCase()];
    if (spelled) return spelled;
  }
  // README-he, README_pt-BR, guide-zh_CN: the suffix after the first separator, when it is a language tag.
  const suffix = /^[^-_.]+[-_.](.+)$/.exec(name)?.[1];
  if (suffix && isLanguageCode(suffix)) return suffix.replace(/_/g, '-');
  const last = /[-_]([a-z]{2,3})$/i.exec(name)?.[1];
  if (last && isLanguageCode(last.toLowerCase())) return last.toLowerCase();
  return null;
}

const scripts: Array<{ pattern: RegExp; language: string; rtl: boolean }> = [
  { pattern: /\p{Script=Hebrew}/gu, language: 'he', rtl: true },
  { pattern: /\p{Script=Arabic}/gu, language: 'ar', rtl: true },
];

/**
 * A right-to-left script that makes up at least a fifth of the text's letters
 * (code and links in Latin letters are common in such documents): its usual
 * language, or null when the text is mostly in other scripts.
 */
export function rightToLeftScript(text: string): { language: string } | null {
  const sample = text.slice(0, 50_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  for (const script of scripts) {
    const count = sample.match(script.pattern)?.length ?? 0;
    if (count / letters >= 0.2) return { language: script.language };
  }
  return null;
}
