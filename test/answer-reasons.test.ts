// 'Why' questions on a small corpus written here: every article is invented.
import { describe, expect, it } from 'vitest';
import { engineOf, filler } from './invented-corpus.js';
import { holdsAnswerType } from '../src/answer/answer-type.js';
import { ask } from '../src/answer/ask.js';
import { withParams } from '../src/answer/params.js';

describe('reason connectives', () => {
  const e = engineOf({
    'rovers.txt': [
      'Morrow Rovers Part With Coach',
      'Pell Dalvik has left Morrow Rovers just eight months into the job. The board met on Monday and the decision came following the cup exit at Harlow.',
      filler,
      'Assistant Ottar Brisk will take over from Dalvik at Morrow Rovers for the rest of the season.',
      filler,
    ].join('\n'),
  });
  const question = 'why did morrow rovers part with dalvik';

  it("are no 'over' that is a verb's particle: the sentence giving the cause answers, not the one saying who took over", () => {
    expect(ask(e, question).hits[0]!.snippet).toContain('following the cup exit');
    // Without the mechanism the 'take over' sentence reads as a reason and wins.
    expect(ask(e, question, withParams({ strictReasons: 0 })).hits[0]?.snippet ?? '').toContain('take over from Dalvik');
  });

  it("are no 'since' or 'over' that only says when", () => {
    for (const text of ['Dalvik has coached Morrow Rovers since 2001.', 'Rovers lost four times over the past month.']) {
      expect(holdsAnswerType(text, 'reason')).toBe(false);
      expect(holdsAnswerType(text, 'reason', new Set(), { strictReasons: false, wholeNewNames: true, whoNotDemonym: true, boundAges: true })).toBe(true);
    }
    expect(holdsAnswerType('Fans protested over the sale of the ground.', 'reason')).toBe(true);
  });
});
