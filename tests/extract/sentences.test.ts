import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';

describe('splitSentences', () => {
  it('keeps abbreviations and initials inside a sentence', () => {
    const text = 'Mr. Sadiq met J.P. Singh in the U.S. and its allies agreed. Talks ended in Sept. on time.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Mr. Sadiq met J.P. Singh in the U.S. and its allies agreed.', 'Talks ended in Sept. on time.']);
  });
  it('gives offsets into the text and breaks at paragraphs', () => {
    const text = 'First line\n\nSecond one. Third one.';
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(3);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
