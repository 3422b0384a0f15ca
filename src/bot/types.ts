import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { EngineView as Engine, ViewRequest } from '../engine.js';
import type { ReplyPayload } from '../render/payload.js';
import type { PageIds } from './page-ids.js';

/** What every command handler is given: the engine to answer from and the paging-id codec. */
export interface CommandContext {
  engine: Engine;
  pageIds: PageIds;
}

/** How an interaction ended, for the log: 'answered', 'no-answer', 'unknown-speaker', 'expired' … */
export type Outcome = string;

/** A reply built from plain data, with the outcome to log. */
export interface Rendered {
  payload: ReplyPayload;
  outcome: Outcome;
}

/** One slash command, as each file in commands/ exports it. */
export interface Command {
  /** The command's definition (a SlashCommandBuilder): what deploy-commands registers. */
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<Outcome>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<Outcome>;
  /** Renders page `page` of a paged reply from the state its button carries (see page-ids.ts). */
  page?(ctx: CommandContext, state: string, page: number): Rendered;
  /** What a button's page reads from a server engine (the question, the cited passages); default nothing beyond what is in memory. */
  viewRequest?(state: string): ViewRequest;
}
