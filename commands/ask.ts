import { MessageFlags, SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { askWithin, type Hidden } from '../src/answer/filtered.js';
import { isFiltered, NO_FILTER, type ArticleFilter } from '../src/answer/filters.js';
import { titleOf } from '../src/answer/sources.js';
import type { AskResult } from '../src/answer/types.js';
import type { ViewRequest } from '../src/engine.js';
import { addFilterOptions, filterFrom, respondSource } from '../src/bot/filter-options.js';
import type { CommandContext, Outcome, Rendered } from '../src/bot/types.js';
import { editOptions, replyOptions } from '../src/bot/send.js';
import { renderContext, type ContextEntry } from '../src/render/context.js';
import { ASK_PAGE_SIZE, renderAsk, renderHidden, renderNotice } from '../src/render/discord.js';
import { escapeMarkdown, truncate } from '../src/render/markdown.js';

/** Longest question accepted: Discord enforces it in the client; mentions and odd clients are checked here. */
export const QUESTION_MAX = 300;

export const data = addFilterOptions(
  new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Answer a question with exact sentences quoted from the news articles, each cited')
    .addStringOption((o) =>
      o.setName('question').setDescription('What you want to know, in your own words').setRequired(true).setMinLength(1).setMaxLength(QUESTION_MAX),
    )
    .addBooleanOption((o) => o.setName('private').setDescription('Show the answer only to you (default: everyone in the channel sees it)')),
);

/** Normalises a question: one line, single spaces. */
function clean(question: string): string {
  return question.replace(/\s+/g, ' ').trim();
}

/**
 * A helpful notice for a question (already through clean) that cannot be searched: empty,
 * overlong, or (from the answer's reason) no words to search for; shown only to the asker; null
 * when the question is fine. Decided before /ask defers, so a refusal is never a public 'thinking…'.
 */
function problemWith(q: string, result?: AskResult): Rendered | null {
  if (q === '') {
    return { payload: renderNotice('Ask me a question in words, e.g. `/ask question: who announced the decision?`', true), outcome: 'empty' };
  }
  if (q.length > QUESTION_MAX) {
    return {
      payload: renderNotice(`That question is ${q.length} characters long; please keep it under ${QUESTION_MAX} and ask about one thing at a time.`, true),
      outcome: 'too-long',
    };
  }
  if (result?.reason === 'no-terms') {
    return {
      payload: renderNotice(
        `I found no words to search for in “${escapeMarkdown(truncate(q, 100))}”. Ask in words, e.g. \`/ask question: when does the new rule take effect?\`, or see \`/sources\` for what the articles cover.`,
        true,
      ),
      outcome: 'no-terms',
    };
  }
  return null;
}

/** A question and its filter as a paging button carries them: the bare question when unfiltered (as before filters). */
function stateOf(q: string, f: ArticleFilter): string {
  return isFiltered(f) ? JSON.stringify({ q, f }) : q;
}

/** One page of the cited answer (or the no-answer notice) to a question problemWith accepted. */
function answer(ctx: CommandContext, q: string, f: ArticleFilter, p: Prepared, page: number): Rendered {
  if (p.hidden) return { payload: renderHidden(p.hidden), outcome: 'filtered-out' };
  // The page renderAsk will show (it clamps the page the same way), for the Context button.
  const hits = p.result.hits;
  const first = Math.min(Math.max(0, page), Math.max(1, Math.ceil(hits.length / ASK_PAGE_SIZE)) - 1) * ASK_PAGE_SIZE;
  const contextState = JSON.stringify({ context: hits.slice(first, first + ASK_PAGE_SIZE).map((h) => h.passageId), from: first + 1 });
  const payload = renderAsk(p.result, {
    page,
    pageId: ctx.pageIds.make('ask', stateOf(q, f)),
    titleOf: titleOf(ctx.engine),
    ...(hits.length > 0 ? { contextId: ctx.pageIds.make('ask', contextState)(0) } : {}),
  });
  return { payload, outcome: p.result.noAnswer ? 'no-answer' : 'answered' };
}

type Prepared = { result: AskResult; hidden: Hidden | null };

/** The question's answer, or the notice for a question that cannot be searched (the search runs once). */
function prepare(ctx: CommandContext, q: string, f: ArticleFilter): { problem: Rendered } | Prepared {
  const early = problemWith(q);
  if (early) return { problem: early };
  const answered = askWithin(ctx.engine, q, f);
  const problem = problemWith(q, answered.result);
  return problem ? { problem } : answered;
}

/**
 * The reply to a question, from plain data: a page of the cited answer, the no-answer notice, or
 * a notice saying why the question cannot be searched. Shared by its paging buttons and mentions.
 */
export function answerQuestion(ctx: CommandContext, question: string, page = 0, f: ArticleFilter = NO_FILTER): Rendered {
  const q = clean(question);
  const p = prepare(ctx, q, f);
  return 'problem' in p ? p.problem : answer(ctx, q, f, p, page);
}

/** The question and filter a filtered answer's button carries; a bare question otherwise. */
function parseState(state: string): { q: string; f: ArticleFilter } {
  if (state.startsWith('{"q":')) {
    try {
      const { q, f } = JSON.parse(state) as { q: string; f: ArticleFilter };
      return { q, f };
    } catch {
      // Not our JSON after all: a question that looks like it.
    }
  }
  return { q: state, f: NO_FILTER };
}

/** Each cited passage with the paragraphs before and after it in its article. */
function contextOf(ctx: CommandContext, passageIds: readonly string[]): ContextEntry[] {
  return passageIds.flatMap((id) => {
    const p = ctx.engine.passages.get(id);
    const a = p && ctx.engine.articles.get(p.articleId);
    if (!p || !a) return [];
    const at = (n: number) => ctx.engine.passages.get(`${a.id}#${n}`)?.text ?? null;
    return [{ publisher: a.publisher, articleId: a.id, title: a.title, url: a.url, before: at(p.n - 1), passage: p.text, after: at(p.n + 1) }];
  });
}

/** A paging button: the same question and filter, another page; or the Context button: the shown passages in their setting, privately. */
export function page(ctx: CommandContext, state: string, pageNo: number): Rendered {
  if (state.startsWith('{"context":')) {
    let parsed: { context?: unknown; from?: unknown } = {};
    try {
      parsed = JSON.parse(state) as typeof parsed;
    } catch {
      // Not state we wrote: shown as passages no longer there.
    }
    const ids = Array.isArray(parsed.context) ? parsed.context.filter((x): x is string => typeof x === 'string') : [];
    return { payload: renderContext(contextOf(ctx, ids), typeof parsed.from === 'number' ? parsed.from : 1), outcome: 'context' };
  }
  const { q, f } = parseState(state);
  return answerQuestion(ctx, q, pageNo, f);
}

/** What a button reads from a server engine: the passages a Context button shows, or the question a page answers. */
export function viewRequest(state: string): ViewRequest {
  if (state.startsWith('{"context":')) {
    try {
      const { context } = JSON.parse(state) as { context?: unknown };
      return { passageIds: Array.isArray(context) ? context.filter((x): x is string => typeof x === 'string') : [] };
    } catch {
      return {};
    }
  }
  return { question: parseState(state).q };
}

/** Suggests outlets for the `source` option. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<Outcome> {
  const outcome = await respondSource(interaction, ctx.engine);
  if (outcome !== null) return outcome;
  await interaction.respond([]);
  return '0 choices';
}

/**
 * Answers (the search itself takes milliseconds), then defers (visible only to the asker when
 * private) before rendering and sending, and edits the answer in; a question with nothing to
 * search for is told so privately instead.
 */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<Outcome> {
  const q = clean(interaction.options.getString('question') ?? '');
  const filtered = filterFrom(interaction, ctx.engine);
  if ('error' in filtered) {
    await interaction.reply(replyOptions(renderNotice(escapeMarkdown(filtered.error), true)));
    return 'bad-filter';
  }
  const p = prepare(ctx, q, filtered.filter);
  if ('problem' in p) {
    await interaction.reply(replyOptions(p.problem.payload));
    return p.problem.outcome;
  }
  const isPrivate = interaction.options.getBoolean('private') ?? false;
  await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
  const { payload, outcome } = answer(ctx, q, filtered.filter, p, 0);
  await interaction.editReply(editOptions(payload));
  return outcome;
}
