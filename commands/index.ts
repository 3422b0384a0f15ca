import type { Command } from '../src/bot/types.js';
import * as ask from './ask.js';
import * as help from './help.js';
import * as quote from './quote.js';
import * as sources from './sources.js';

/** Every slash command, as deploy-commands registers them and the bot dispatches them. */
export const commands: readonly Command[] = [ask, quote, sources, help];

/** Commands by name. */
export const commandsByName: ReadonlyMap<string, Command> = new Map(commands.map((c) => [c.data.name, c]));
