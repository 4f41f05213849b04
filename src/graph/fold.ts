// Folded names: what two spellings of one name have in common (case, accents, punctuation,
// honorifics, common transliteration families). Used as the matching key of nodes and aliases.
const HONORIFICS = /\b(mr|mrs|ms|dr|sir|h\.?e|his excellency|her excellency|sheikh|mullah|maulvi|qari|ambassador)\b\.?/g;
const TRANSLITERATIONS: [RegExp, string][] = [
  [/\b(mohammed|muhammad|mohamed|muhammed|mohammad|mohamad|muhammet|mehmet)\b/g, 'muhammad'],
  [/\b(abdul|abdel|abd al|abd el)\s+/g, 'abdul'],
  [/\b(hossein|hussein|husain|hussain|hosein)\b/g, 'husain'],
  [/\b(sergey|sergei)\b/g, 'sergei'],
  [/\b(yusuf|yousaf|yousuf|yusef)\b/g, 'yusuf'],
  [/\b(ahmad|ahmed|ahmet)\b/g, 'ahmad'],
];

export function foldName(name: string): string {
  let folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(HONORIFICS, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, replacement] of TRANSLITERATIONS) folded = folded.replace(pattern, replacement);
  return folded.replace(/\s+/g, ' ').trim();
}

/** Normalized article text: what makes two copies of one article the same article. */
export function normalizeArticleText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}
