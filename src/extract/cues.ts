/**
 * The matches of a costly global pattern, tried only when the text holds its cue: what none of its matches
 * can do without (a word, a slot marker). Most sentences hold none, and the cue is cheap to look for.
 */
export function cuedMatches(text: string, cue: RegExp, pattern: RegExp): Iterable<RegExpExecArray> {
  return cue.test(text) ? text.matchAll(pattern) : [];
}
