import { ask } from '../answer/ask.js';
import { listSources } from '../answer/sources.js';
import type { Engine } from '../engine.js';
import { findQuotes, listSpeakers } from '../quotes/index.js';
import { renderAsk, renderHelp, renderQuote, renderSources, renderSpeakers } from '../render/discord.js';
import { askJson, quoteJson, sourcesJson, speakersJson } from '../render/json.js';
import type { ReplyPayload } from '../render/payload.js';
import type { CliCommand } from './parse.js';

/** A command's answer in both forms: the Discord payload (shown as text) and the --json object. */
export interface CommandOutput {
  payload: ReplyPayload;
  json: object;
}

/** Runs one command against the engine. The same core calls and renderers the bot's commands use. */
export function runCommand(engine: Engine, cmd: CliCommand): CommandOutput {
  const page = { page: (cmd.page ?? 1) - 1 };
  switch (cmd.name) {
    case 'ask': {
      const r = ask(engine, cmd.text);
      return { payload: renderAsk(r, page), json: askJson(r) };
    }
    case 'quote': {
      const r = findQuotes(engine.quotes, cmd.text, cmd.about);
      return { payload: renderQuote(r, page), json: quoteJson(r) };
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
      const payload = renderHelp({ speakers: listSpeakers(engine.quotes).map((s) => s.name), articles: engine.corpus.articles.length });
      return { payload, json: { command: 'help', text: payload.embeds[0]?.description ?? '' } };
    }
  }
}
