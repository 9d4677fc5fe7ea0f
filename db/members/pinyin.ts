/**
 * Search keys for names, computed once when a record is saved so that searching 200 members
 * (or 200,000 in a 党委's archive) is a string match, not a pinyin conversion per keystroke.
 */
import { pinyin } from 'pinyin-pro';

export interface NameSearchKeys {
  /** 'shanxiaohong': no tones, lower case, ü written v. */
  full: string;
  /** 'sxh' */
  initials: string;
}

// 姓氏模式 applied to the head of the name only: 单 at the start is the surname shan, but in
// a given name (王单) it keeps its common reading dan. pinyin-pro's surname table also covers
// the two-character surnames (欧阳, 尉迟 yuchi, 万俟 moqi, 长孙 zhangsun …).
const OPTIONS = {
  mode: 'surname',
  surname: 'head',
  toneType: 'none',
  type: 'array',
  v: true,
  nonZh: 'consecutive',
} as const;

const PLAIN = /^[a-z]+$/;

/**
 * Latin text inside a name (Anna, or a full-width Ａ): lower case, ü as v like the pinyin keys,
 * other accents dropped; separators such as the · in 阿依古丽·买买提 disappear.
 */
function latinWords(text: string): string[] {
  // Nearly every element is a syllable that is already clean; skip the normalisations for it.
  if (PLAIN.test(text)) return [text];
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

export function nameSearchKeys(name: string): NameSearchKeys {
  const text = name.normalize('NFKC').trim();
  if (text === '') return { full: '', initials: '' };
  // Each element is one Han syllable or one run of other characters; latinWords is harmless on
  // syllables (already lower-case ASCII) and cleans the runs, so the two need no telling apart.
  const syllables = pinyin(text, OPTIONS);
  const firsts = pinyin(text, { ...OPTIONS, pattern: 'first' });
  return {
    full: syllables.flatMap(latinWords).join(''),
    initials: firsts.flatMap((part) => latinWords(part).map((w) => w[0] ?? '')).join(''),
  };
}

/**
 * A search box entry in the form the keys are stored in: NFKC (full-width letters from a
 * Chinese input method), lower case, no spaces (people type 'shan xiao hong'), ü as v.
 */
export function normaliseSearchQuery(q: string): string {
  return q
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u200B-\u200D\uFEFF]/g, '')
    .replace(/ü/g, 'v');
}
