/**
 * A second golden set for /ask, on three short articles written here (a library closure and a
 * hospital strike in a made-up city), so the engine is not only ever measured on the seeds.
 * Two outlets carry the same wire paragraph about the council vote: it must be shown once,
 * with the other outlet credited in `alsoIn`. Same thresholds as the seed set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import type { AskResult } from '../src/answer/types.js';
import { buildCorpus } from '../src/corpus/load.js';
import type { Corpus } from '../src/corpus/types.js';
import { createEngine } from '../src/engine.js';
import { describeThresholds, holdsAnswer, reportGolden, runGolden, type GoldenItem, type Floors, type Promised, type Scored } from './golden/score.js';

/** Regression floors (see Floors): what the engine tuned on the blind dev sets measures here. */
const FLOORS: Floors = { TOP1_MIN: 0.9, TOP3_MIN: 1, NO_ANSWER_MIN: 0.5 };

const GAZETTE_LIBRARY = `Council votes to close Eastside library despite protests

RIVERTON — The Riverton city council voted 7-4 on Tuesday night to close the Eastside branch library on March 31, saving an estimated $1.2 million a year, according to city budget documents.

More than 200 residents packed the council chamber for the three-hour meeting, many holding signs that read "Books not budgets".

Mayor Dolores Whitfield defended the closure, saying the city faced a $9 million shortfall after losing a state literacy grant. "Nobody on this council wanted to close a library, but we cannot spend money we do not have," Whitfield said.

Councillor Amir Haddad, who represents the Eastside ward, led the opposition. "You are taking away the one quiet, warm place these children have after school," he told the council.

The Eastside branch opened in 1962 and lends about 48,000 books a year. It is the oldest library building in the city still in use.

Under the plan, the branch's collection will be moved to the Central Library on Harbor Street, 3.5 kilometres away, and a mobile library van will visit the neighbourhood twice a week.

Priya Nandakumar, who chairs the library workers' union, said nine staff would be offered jobs at other branches but three part-time posts would be cut.

"This is a sad night for the Eastside," said Margaret Oyelaran, 71, who has borrowed books from the branch for four decades.

A petition against the closure gathered 6,300 signatures in two weeks.

Haddad said he would ask the council to reconsider the decision at its next meeting on April 9.
`;

const NORTHSHORE_LIBRARY = `Authors rally against Riverton library closure

The Riverton city council voted 7-4 on Tuesday to close the Eastside branch library on March 31, saving an estimated $1.2 million a year, according to city budget documents.

Novelist Hannah Brooks, who grew up two streets from the branch, called the decision "an act of vandalism against the next generation of readers" in an open letter signed by 45 authors.

The letter asks the state to restore the $2 million literacy grant whose loss, the city says, forced the cut.

Mayor Dolores Whitfield said she had met the authors' representatives on Wednesday and "welcomed their passion", but that the numbers "have not changed".

Library use in Riverton has fallen by 18 per cent since 2015, according to the city's annual report, although borrowing by children has risen.

The Friends of Eastside Library, a residents' group, said it would seek a court injunction to stop the closure, arguing that the council had skipped a required public consultation.

The group's lawyer, Tomas Reyes, said the papers would be filed "within days".

A spokesperson for the state education department said the grant programme had ended for every city in the state, not only Riverton.
`;

const GAZETTE_STRIKE = `Nurses at Riverton General walk out over pay

About 1,400 nurses at Riverton General Hospital began a 48-hour strike on Thursday morning, the first walkout at the hospital in 30 years.

The Riverton Nurses Association is demanding a 12% pay rise over two years; the hospital has offered 5 percent.

Union president Grace Mbeki said nurses were "exhausted, underpaid and leaving for other hospitals faster than they can be replaced".

"We do not strike lightly. We strike because patients deserve safe staffing," Mbeki told a rally outside the main entrance on Cedar Avenue.

Hospital chief executive Robert Lindqvist said the offer was "fair and the most we can afford" and that emergency care would continue throughout the strike.

About 90 non-urgent operations have been postponed, and agency nurses have been brought in to cover intensive care.

The hospital says the vacancy rate among its nurses is 14 per cent, up from 6 per cent in 2019.

Talks between the two sides broke down on Monday after eleven hours of negotiation mediated by the state labour board.

Mayor Dolores Whitfield urged both sides to return to the table, saying the city "cannot afford a long dispute at its only hospital".

The union said a further strike in April was possible if no agreement is reached.
`;

const FILES = [
  { file: 'gazette-library.txt', content: GAZETTE_LIBRARY },
  { file: 'northshore-library.md', content: NORTHSHORE_LIBRARY },
  { file: 'gazette-strike.txt', content: GAZETTE_STRIKE },
];

const SOURCES = [
  { file: 'gazette-library.txt', id: 'gazette-library', publisher: 'Riverton Gazette', url: 'https://gazette.example.com/2024/03/06/eastside-library-vote', published: '2024-03-06' },
  { file: 'northshore-library.md', id: 'northshore-library', publisher: 'Northshore Daily', url: 'https://northshore.example.org/news/authors-riverton-library', published: '2024-03-07' },
  { file: 'gazette-strike.txt', id: 'gazette-strike', publisher: 'Riverton Gazette', url: 'https://gazette.example.com/2024/03/08/nurses-strike', published: '2024-03-08' },
];
const MANIFEST = JSON.stringify({ sources: SOURCES });

const ANSWERABLE: (GoldenItem & { article: string })[] = [
  { q: 'How did the council vote on the library?', expect: ['7-4'], article: 'gazette-library' },
  { q: 'when will the eastside library close', expect: ['March 31', '31 March'], article: 'gazette-library' },
  { q: 'How much money will closing the library save?', expect: ['$1.2 million', '1.2 million'], article: 'gazette-library' },
  { q: 'What did Mayor Whitfeld say about closing the library?', expect: ['spend money we do not have', 'Nobody on this council wanted', 'have not changed'], article: 'gazette-library' },
  { q: 'who led the opposition to the closure', expect: ['Haddad'], article: 'gazette-library' },
  { q: 'When did the Eastside branch open?', expect: ['1962'], article: 'gazette-library' },
  { q: 'where will the books be moved to', expect: ['Central Library', 'Harbor Street'], article: 'gazette-library' },
  { q: 'How many signatures did the petition get?', expect: ['6,300'], article: 'gazette-library' },
  { q: 'how many library jobs will be cut', expect: ['three part-time'], article: 'gazette-library' },
  { q: 'When will the council reconsider the library vote?', expect: ['April 9', '9 April'], article: 'gazette-library' },
  { q: 'How many authors signed the letter against the closure?', expect: ['45 authors'], article: 'northshore-library' },
  { q: 'what did hannah brooks call the decision', expect: ['act of vandalism'], article: 'northshore-library' },
  { q: 'By how much has library use fallen in Riverton?', expect: ['18 per cent'], article: 'northshore-library' },
  { q: 'Who is the lawyer for the Friends of Eastside Library?', expect: ['Tomas Reyes'], article: 'northshore-library' },
  { q: 'how many nurses are on strike', expect: ['1,400'], article: 'gazette-strike' },
  { q: 'How long is the nurses strike?', expect: ['48-hour', '48 hour'], article: 'gazette-strike' },
  { q: 'What did the hospital say about the 12 percent pay demand?', expect: ['5 percent', 'most we can afford'], article: 'gazette-strike' },
  { q: 'What did the union president say about the nurses?', expect: ['exhausted', 'strike lightly', 'safe staffing'], article: 'gazette-strike' },
  { q: 'who is the chief executive of the hospital', expect: ['Lindqvist'], article: 'gazette-strike' },
  { q: 'How many operations have been postponed?', expect: ['90'], article: 'gazette-strike' },
  { q: 'when did talks between the nurses and the hospital break down', expect: ['Monday'], article: 'gazette-strike' },
  { q: "What is the nurses' vacancy rate?", expect: ['14 per cent'], article: 'gazette-strike' },
  { q: 'What did the mayor say about the hospital strike?', expect: ['return to the table', 'cannot afford a long dispute'], article: 'gazette-strike' },
];

const UNANSWERABLE = [
  'What is the capital of France?',
  'who won the football match on saturday',
  'How many books does the Central Library hold?',
  'What did the governor say about the library?',
  'How much do the nurses earn per hour?',
  'How many doctors are on strike?',
  'When will the new library be built?',
  "What is the mayor's salary?",
];

// ---- the run ----

const promised: Promised = new Map(SOURCES.map((s) => [s.id, { publisher: s.publisher, url: s.url, published: s.published }]));
let corpus: Corpus;
let engine: Awaited<ReturnType<typeof createEngine>>;
let answered: Scored[] = [];
let unanswerable: AskResult[] = [];

beforeAll(async () => {
  corpus = buildCorpus(FILES, MANIFEST);
  engine = await createEngine(corpus);
  const run = runGolden(engine, ANSWERABLE, UNANSWERABLE);
  ({ answered, unanswerable } = run);
  reportGolden('golden /ask on the small in-test corpus', run, FLOORS);
});

describe('golden /ask on a small corpus written in the test', () => {
  it('loads all three articles without problems', () => {
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.map((a) => a.id).sort()).toEqual(SOURCES.map((s) => s.id).sort());
  });

  describeThresholds(() => ({ corpus, promised, answered, unanswerable }), FLOORS);

  it('shows the shared wire paragraph once, with the other outlet and its link in alsoIn', async () => {
    const result = await ask(engine, 'How much will closing the Eastside library save the city?');
    expect(result.noAnswer).toBe(false);
    const wire = result.hits.filter((h) => holdsAnswer(h.snippet, ['$1.2 million']));
    expect(wire, 'the $1.2 million paragraph should be shown exactly once').toHaveLength(1);
    const hit = wire[0]!;
    expect(result.hits.indexOf(hit)).toBe(0);
    const other = hit.source.id === 'gazette-library' ? 'northshore-library' : 'gazette-library';
    expect(['gazette-library', 'northshore-library']).toContain(hit.source.id);
    expect(hit.alsoIn.map((a) => ({ id: a.id, publisher: a.publisher, url: a.url }))).toContainEqual({
      id: other,
      publisher: promised.get(other)?.publisher,
      url: promised.get(other)?.url,
    });
  });

  it('keeps separate facts from the two library articles apart (no false corroboration)', async () => {
    const result = await ask(engine, 'What did Mayor Dolores Whitfield say about the library?');
    for (const hit of result.hits) {
      // The Gazette's and the Northshore's Whitfield paragraphs say different things: neither may absorb the other.
      if (holdsAnswer(hit.snippet, ['spend money we do not have']) || holdsAnswer(hit.snippet, ['have not changed'])) {
        expect(hit.alsoIn, hit.snippet).toEqual([]);
      }
    }
  });
});
