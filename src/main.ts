// Entry point of `npm start`: the Discord bot when DISCORD_TOKEN is set, else the local console.
import 'dotenv/config';
import { loadConfig } from './config.js';
import { exitCodeForFatal } from './cli/boot.js';
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
  process.exitCode = exitCodeForFatal(err);
}
