// Entry point of `npm start`: the Discord bot when DISCORD_TOKEN is set, else the local console.
import 'dotenv/config';
import { ConfigError, loadConfig } from './config.js';
import { CorpusError } from './corpus/load.js';
import { main as runCli } from './cli/main.js';

try {
  const config = loadConfig(process.env);
  if (config.discordToken) {
    const { startBot } = await import('./bot/start.js');
    await startBot(config);
  } else {
    process.exitCode = await runCli([], config.corpusDir);
  }
} catch (err) {
  // Both are the operator's to fix, and their messages say how: no stack trace.
  if (!(err instanceof ConfigError || err instanceof CorpusError)) throw err;
  process.stderr.write(`error: ${err.message}\n`);
  process.exitCode = err instanceof ConfigError ? 2 : 1;
}
