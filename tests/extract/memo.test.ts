import { describe, expect, it } from 'vitest';
import { memoized } from '../../src/extract/memo.js';

describe('memoized', () => {
  it('computes each key once, null and zero included, and starts afresh when its memory is full', () => {
    const calls: string[] = [];
    const length = memoized((s: string) => { calls.push(s); return s === 'none' ? null : s.length; }, 2);
    expect([length('ab'), length('ab'), length('none'), length('none')]).toEqual([2, 2, null, null]);
    expect(calls).toEqual(['ab', 'none']);
    length('xyz'); // the memory held two keys: it is emptied before the third
    length('ab');
    expect(calls).toEqual(['ab', 'none', 'xyz', 'ab']);
  });
});
