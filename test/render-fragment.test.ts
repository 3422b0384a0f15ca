import { describe, expect, it } from 'vitest';
import { encodeTextDirective, sentenceLink, textDirective } from '../src/render/fragment.js';
import { DISCORD_LIMITS as L } from '../src/render/limits.js';

describe('text fragment encoding', () => {
  it("always encodes the directive's reserved '-', '&' and ','", () => {
    expect(encodeTextDirective('well-known, tried & tested')).toBe('well%2Dknown%2C%20tried%20%26%20tested');
  });

  it('encodes quotes, dashes and other punctuation, never leaving a markdown-breaking character', () => {
    const e = encodeTextDirective('He said “no” — (twice) *really*! it\'s ~fine~')!;
    expect(e).not.toMatch(/[\s()*~'!,&-]/);
    expect(e).toContain('%E2%80%9Cno%E2%80%9D'); // curly quotes as UTF-8
    expect(e).toContain('%E2%80%94'); // em dash
    expect(decodeURIComponent(e)).toBe('He said “no” — (twice) *really*! it\'s ~fine~');
  });

  it('encodes non-ASCII letters as UTF-8 and refuses text that is not well-formed', () => {
    expect(encodeTextDirective('Erdoğan in Zürich')).toBe('Erdo%C4%9Fan%20in%20Z%C3%BCrich');
    expect(encodeTextDirective('bad \ud800 text')).toBeNull();
  });

  it('quotes a short sentence whole, without its outer quote marks and full stop', () => {
    expect(textDirective('“We will win,” she said.')).toBe('We%20will%20win%2C%E2%80%9D%20she%20said');
  });

  it('finds a long sentence by a few words at each end (textStart,textEnd), edge punctuation trimmed', () => {
    const d = textDirective('The Chinese delegation is led by Vice Premier He Lifeng, and the US team is headed by Treasury Secretary Scott Bessent.');
    expect(d).toBe('The%20Chinese%20delegation%20is,Treasury%20Secretary%20Scott%20Bessent');
    expect(textDirective('“We talked about extending the truce, we talked about rare earths, of course,”')).toBe('We%20talked%20about%20extending,rare%20earths%2C%20of%20course');
  });

  it('has no directive for text without words', () => {
    expect(textDirective(' — … ')).toBeNull();
  });
});

describe('sentenceLink', () => {
  it('adds the text directive to a plain URL', () => {
    expect(sentenceLink('https://news.example/story', 'Ferries run again.')).toBe('https://news.example/story#:~:text=Ferries%20run%20again');
  });

  it('falls back to the plain URL when the URL has a fragment, is not http(s), or the text cannot be encoded', () => {
    expect(sentenceLink('https://news.example/story#top', 'Ferries run again.')).toBe('https://news.example/story#top');
    expect(sentenceLink('ftp://news.example/story', 'Ferries run again.')).toBe('ftp://news.example/story');
    expect(sentenceLink('https://news.example/story', '…')).toBe('https://news.example/story');
    expect(sentenceLink('https://news.example/story', 'bad \udc00 text')).toBe('https://news.example/story');
    expect(sentenceLink(null, 'Ferries run again.')).toBeNull();
  });

  it("stays within Discord's URL limit, falling back rather than growing past it", () => {
    const long = `https://news.example/${'a'.repeat(L.buttonUrl - 40)}`;
    expect(sentenceLink(long, 'Ferries run again after the long winter repairs finished.')).toBe(long);
    const cjk = '漢字'.repeat(200);
    expect(sentenceLink('https://news.example/s', cjk)).toBe('https://news.example/s');
  });
});
