// Entry point of `npm start`: the Discord bot when DISCORD_TOKEN is set, else the local console.
import 'dotenv/config';
import { loadConfig } from './config.js';
import { exitCodeForFatal } from './cli/boot.js';
import { main as runCli } from './cli/main.js';

try {
  const config = loadConfig(process.env);
  if (config.discordToken) {
    const { startBot, StartupStopped } = await import('./bot/start.js');
    // Start-up that ended for a reason it has already logged in one line exits quietly.
    await startBot(config).catch((err: unknown) => {
      if (!(err instanceof StartupStopped)) throw err;
      process.exitCode = err.exitCode;
    });
  } else {
    process.exitCode = await runCli([], config);
  }
} catch (err) {
  process.exitCode = exitCodeForFatal(err);
}
