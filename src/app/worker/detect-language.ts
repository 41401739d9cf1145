/**
 * Language of a text when neither its file name nor its front matter says:
 * franc-min's guess (ISO 639-3) mapped to a BCP 47 tag. Short texts are
 * left undetermined rather than guessed.
 */
import { franc } from 'franc-min';

/** franc-min's codes → BCP 47 (the two-letter code where one exists). */
const toBcp47: Record<string, string> = {
  amh: 'am',
  arb: 'ar',
  azj: 'az',
  bel: 'be',
  ben: 'bn',
  bos: 'bs',
  bul: 'bg',
  ces: 'cs',
  ckb: 'ckb',
  cmn: 'zh',
  deu: 'de',
  ell: 'el',
  eng: 'en',
  fra: 'fr',
  guj: 'gu',
  hau: 'ha',
  hin: 'hi',
  hrv: 'hr',
  hun: 'hu',
  ibo: 'ig',
  ind: 'id',
  ita: 'it',
  jav: 'jv',
  jpn: 'ja',
  kan: 'kn',
  kaz: 'kk',
  kin: 'rw',
  kor: 'ko',
  lin: 'ln',
  mal: 'ml',
  mar: 'mr',
  mya: 'my',
  nld: 'nl',
  npi: 'ne',
  nya: 'ny',
  pan: 'pa',
  pbu: 'ps',
  pes: 'fa',
  pol: 'pl',
  por: 'pt',
  ron: 'ro',
  run: 'rn',
  rus: 'ru',
  sin: 'si',
  som: 'so',
  spa: 'es',
  srp: 'sr',
  sun: 'su',
  swe: 'sv',
  swh: 'sw',
  tam: 'ta',
  tel: 'te',
  tgl: 'tl',
  tha: 'th',
  tur: 'tr',
  ukr: 'uk',
  urd: 'ur',
  uzn: 'uz',
  vie: 'vi',
  yor: 'yo',
  zlm: 'ms',
  zul: 'zu',
};

/** Enough text for trigram statistics to mean something. */
const minLength = 40;

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20_000);
  if (sample.replace(/\s+/g, '').length < minLength) return null;
  const code = franc(sample, { minLength });
  return code === 'und' ? null : (toBcp47[code] ?? code);
}
