import path from 'node:path';
import { SourceEntrySchema, type SourceEntry } from './manifest.js';

/** Saved web pages: their article text and metadata are extracted. */
export const HTML_EXTENSIONS: readonly string[] = ['.html', '.htm'];

/** True for a saved web page. */
export function isHtmlFile(file: string): boolean {
  return HTML_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  mdash: '—', ndash: '–', hellip: '…', eacute: 'é', egrave: 'è', uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç', copy: '©',
};

/** Decodes character references: named ones from a short table (a page's text rarely needs more), and every numeric one. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    // Own keys only: '&constructor;' names a prototype property, not an entity.
    return Object.hasOwn(NAMED, ref.toLowerCase()) ? NAMED[ref.toLowerCase()]! : m;
  });
}

/** Markup a page wraps around its article: never article text. */
const CHROME = /<(script|style|noscript|template|svg|nav|header|footer|aside|form|figure|button|iframe)\b[\s\S]*?<\/\1\s*>/gi;
/** Elements whose text is a paragraph of the article. */
const BLOCK = /<(h[1-6]|p|li|blockquote|pre)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi;

const textOf = (inner: string) => decodeEntities(inner.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();

/** The article's text from a page: the paragraphs of its <article> (else of the whole page), one a paragraph, page chrome left out. */
export function htmlText(html: string): string {
  const clean = html.replace(/<!--[\s\S]*?-->/g, '').replace(CHROME, ' ');
  const article = /<article\b[^>]*>([\s\S]*)<\/article\s*>/i.exec(clean)?.[1] ?? /<body\b[^>]*>([\s\S]*)<\/body\s*>/i.exec(clean)?.[1] ?? clean;
  const blocks = [...article.matchAll(BLOCK)].map((m) => textOf(m[2]!)).filter(Boolean);
  return blocks.join('\n\n');
}

/** The value of a <meta> (by name or property) or <link rel> tag, whichever attribute order the page uses. */
function tagValue(html: string, tag: 'meta' | 'link', key: string, value: 'content' | 'href'): string | undefined {
  for (const m of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
    const attrs = Object.fromEntries([...m[0].matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)].map((a) => [a[1]!.toLowerCase(), a[3] ?? a[4] ?? '']));
    if ([attrs.name, attrs.property, attrs.rel].some((k) => k?.toLowerCase() === key)) return decodeEntities(attrs[value] ?? '').trim() || undefined;
  }
  return undefined;
}

/**
 * What the page says about itself (title, outlet, author, date, canonical URL), as a manifest
 * entry would give it. A value that would fail the manifest's checks (a relative URL, a date that
 * is not ISO) is left out, so the article still loads with the rest.
 */
export function htmlMeta(file: string, html: string): SourceEntry {
  const title = tagValue(html, 'meta', 'og:title', 'content') ?? textOf(/<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html)?.[1] ?? '');
  const candidates: Record<string, string | undefined> = {
    title: title || undefined,
    publisher: tagValue(html, 'meta', 'og:site_name', 'content'),
    author: tagValue(html, 'meta', 'author', 'content') ?? tagValue(html, 'meta', 'article:author', 'content'),
    published: tagValue(html, 'meta', 'article:published_time', 'content'),
    url: tagValue(html, 'link', 'canonical', 'href') ?? tagValue(html, 'meta', 'og:url', 'content'),
  };
  const entry: Record<string, string> = { file };
  for (const [k, v] of Object.entries(candidates)) {
    if (v !== undefined && SourceEntrySchema.safeParse({ file, [k]: v }).success) entry[k] = v;
  }
  return SourceEntrySchema.parse(entry);
}
