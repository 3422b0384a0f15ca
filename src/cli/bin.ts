// Entry point of `npm run cli`: environment in, exit code out.
import 'dotenv/config';
import { ConfigError, loadConfig } from '../config.js';
import { main } from './main.js';

try {
  const config = loadConfig(process.env);
  process.exitCode = await main(process.argv.slice(2), config.corpusDir);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`error: ${err.message}\n`);
  process.exitCode = 2;
}
