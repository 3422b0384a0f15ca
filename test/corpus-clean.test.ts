import { describe, expect, it } from 'vitest';
import { furnitureRule, removeFurniture } from '../src/corpus/clean.js';
import { paragraphs } from '../src/corpus/split.js';

const cleanText = (raw: string) => removeFurniture(paragraphs(raw)).map((b) => b.text);

describe('furniture cleaning', () => {
  const article = [
    'Harbour Council Votes To Close Eastside Library',
    '',
    'Councillors listen during the budget debate in Wellington, New Zealand, 2 April 2024.',
    '',
    'WELLINGTON',
    '',
    'Jane Roe | 03.04.2024 - Update : 04.04.2024',
    '',
    'Breaking:',
    '',
    'The council voted 7-2 on Tuesday to close the Eastside branch library by June.',
    'Residents said the decision would hurt children who use it after school.',
    'Share this article',
    '',
    'Staff reporters contributed reporting to this story.',
    'Herald Media offers the full story only to subscribers. Please contact us for subscription options.',
    'End of Article',
    'Related topics',
    'Partager cet article',
    'qzxkvbnmwpqlrtyzxcvbnmlkjhgf',
  ].join('\n');

  it('keeps the headline and every real paragraph', () => {
    const kept = cleanText(article);
    expect(kept).toContain('Harbour Council Votes To Close Eastside Library');
    expect(kept).toContain('The council voted 7-2 on Tuesday to close the Eastside branch library by June.');
    expect(kept).toContain('Residents said the decision would hurt children who use it after school.');
  });

  it('drops share widgets, sign-offs, blurbs, bylines, datelines, labels and random tokens', () => {
    const kept = cleanText(article).join('\n');
    for (const junk of ['Councillors listen', 'WELLINGTON', 'Jane Roe |', 'Breaking:', 'Share this article', 'contributed reporting', 'subscription options', 'End of Article', 'Related topics', 'Partager cet article', 'qzxkvbnm']) {
      expect(kept).not.toContain(junk);
    }
  });

  it('names the rule that fired, so a wrong call can be traced', () => {
    expect(furnitureRule('ksjdfhksjdhfkjsdhfkjsdhfkjhsdf', { inTail: false })).toBe('random token');
    expect(furnitureRule('Read more', { inTail: false })).toBe('end of article');
    expect(furnitureRule('The mayor said the vote was final.', { inTail: true })).toBeNull();
  });

  it('keeps short lines in the body: only the tail is trimmed of non-sentences', () => {
    const kept = cleanText('Opening paragraph of the story.\n\nWhat happens next\n\nThe final paragraph of the story.');
    expect(kept).toContain('What happens next');
  });

  it('keeps a paragraph of reporting about subscribers, which only a short blurb is not', () => {
    const news = 'Up to 15 pay-TV channels will launch on the new service next year, and operators have submitted bids to market bouquets of channels. '.repeat(3) + 'Analysts predicted consumers would now be less likely to sign up for pay-TV subscriptions, which are offered by two firms.';
    expect(furnitureRule(news, { inTail: false })).toBeNull();
    expect(cleanText(`Opening paragraph of the story.\n\n${news}\n\nThe final paragraph of the story.`)).toContain(news);
  });

  it('drops a headline printed twice', () => {
    expect(cleanText('Big News Headline Here Today\nBig News Headline Here Today\nBody text of the article.')).toEqual(['Big News Headline Here Today', 'Body text of the article.']);
  });
});
