import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/load.js';
import { createEngine } from '../src/engine.js';
import { runCommand } from '../src/cli/run.js';
import { payloadToText } from '../src/render/text.js';

// An archive like the BBC's: one publisher, no URLs, the same report in several articles.
const FACT = 'The harbour ferry returned to service on Monday after eleven weeks of repairs to its engines.';
const files = [
  { file: 'a.txt', content: `Ferry back in service after repairs\n${FACT}\nThe council paid for the work.` },
  { file: 'b.txt', content: `Harbour council counts the cost of ferry work\n${FACT}\nCouncillors said the bill was high.` },
  { file: 'c.txt', content: `Commuters welcome the ferry's return\n${FACT}\n"It is a relief," said one commuter, Ana Ruiz.` },
];
const manifest = JSON.stringify({ sources: files.map((f) => ({ file: f.file, publisher: 'BBC News' })) });

describe('citations without a URL', () => {
  const engine = createEngine(buildCorpus(files, manifest));

  it('name each corroborating article by publisher and title instead of "BBC News, BBC News"', () => {
    const out = runCommand(engine, { name: 'ask', text: 'when did the harbour ferry return to service?' });
    if ('error' in out) throw new Error(out.error);
    const text = payloadToText(out.payload);
    const also = text.split('\n').find((l) => l.startsWith('Also reported by'))!;
    expect(also).toBeDefined();
    expect(also).not.toMatch(/BBC News, BBC News/);
    expect(also.match(/BBC News \(/g)).toHaveLength(2);
    const titles = ['Ferry back in service after repairs', 'Harbour council counts the cost of ferry work', "Commuters welcome the ferry's return"];
    expect(titles.filter((t) => also.includes(`(*${t}*)`))).toHaveLength(2);
  });
});
