import { askWithin, quotesWithin } from '../answer/filtered.js';
import { isoDay, NO_FILTER, parseFilter, type ArticleFilter } from '../answer/filters.js';
import { listOutlets, listSources, titleOf } from '../answer/sources.js';
import type { EngineView as Engine } from '../engine.js';
import { findQuotes, listSpeakers } from '../quotes/index.js';
import { renderAsk, renderHidden, renderQuote, renderSources, renderSpeakers } from '../render/discord.js';
import { askJson, quoteJson, sourcesJson, speakersJson } from '../render/json.js';
import type { ReplyPayload } from '../render/payload.js';
import { consoleHelp } from './help.js';
import type { CliCommand } from './parse.js';

/** A command's answer in both forms: the Discord payload (shown as text) and the --json object. */
export interface CommandOutput {
  payload: ReplyPayload;
  json: object;
  /** The next page's number (1-based) when there are more results, for a `--page` hint. */
  nextPage?: number;
}

/** Paging buttons carry this prefix and the 0-based page: the terminal shows them as a `--page` hint. */
const PAGE_ID = 'cli-page:';

/** The page the payload's enabled 'next' button leads to (1-based), if it has one. */
function nextPageOf(payload: ReplyPayload, current: number): number | undefined {
  const ids = payload.components.flatMap((r) => r.components).filter((b) => !b.disabled && b.custom_id?.startsWith(PAGE_ID));
  const pages = ids.map((b) => Number(b.custom_id!.slice(PAGE_ID.length))).filter((p) => p > current);
  return pages.length ? pages[0]! + 1 : undefined;
}

/** The command's filter, or the error naming the flag to fix. Only the shells read the clock. */
function filterOf(engine: Engine, cmd: CliCommand): { filter: ArticleFilter } | { error: string } {
  if (!cmd.filter) return { filter: NO_FILTER };
  const flags = parseFilter(cmd.filter, { today: isoDay(new Date()), publishers: listOutlets(engine).map((o) => o.publisher) });
  return 'error' in flags ? { error: `--${flags.error}` } : flags;
}

/** Runs one command against the engine: its output, or an error a user can fix (a bad --since). The same core calls and renderers the bot's commands use. */
export function runCommand(engine: Engine, cmd: CliCommand): CommandOutput | { error: string } {
  const f = filterOf(engine, cmd);
  if ('error' in f) return f;
  const out = answer(engine, cmd, f.filter);
  const next = nextPageOf(out.payload, (cmd.page ?? 1) - 1);
  return next === undefined ? out : { ...out, nextPage: next };
}

function answer(engine: Engine, cmd: CliCommand, f: ArticleFilter): CommandOutput {
  const page = { page: (cmd.page ?? 1) - 1, pageId: (p: number) => `${PAGE_ID}${p}` };
  switch (cmd.name) {
    case 'ask': {
      const { result: r, hidden } = askWithin(engine, cmd.text, f);
      return { payload: hidden ? renderHidden(hidden) : renderAsk(r, { ...page, titleOf: titleOf(engine) }), json: { ...askJson(r), ...(hidden ? { hidden } : {}) } };
    }
    case 'quote': {
      const { result: r, hidden } = quotesWithin(engine, findQuotes(engine.quotes, cmd.text, cmd.about), f);
      return { payload: hidden ? renderHidden(hidden) : renderQuote(r, { ...page, titleOf: titleOf(engine) }), json: { ...quoteJson(r), ...(hidden ? { hidden } : {}) } };
    }
    case 'sources': {
      const s = listSources(engine);
      return { payload: renderSources(s, page), json: sourcesJson(s) };
    }
    case 'speakers': {
      const s = listSpeakers(engine.quotes);
      return { payload: renderSpeakers(s, page), json: speakersJson(s) };
    }
    case 'help': {
      const payload = consoleHelp({ speakers: listSpeakers(engine.quotes).map((s) => s.name), articles: engine.corpus.articles.length });
      return { payload, json: { command: 'help', text: payload.embeds[0]?.description ?? '' } };
    }
  }
}
