// Entry point of `npm run cli`: environment in, exit code out.
import 'dotenv/config';
import { loadConfig } from '../config.js';
import { exitCodeForFatal } from './boot.js';
import { main } from './main.js';

try {
  const config = loadConfig(process.env);
  process.exitCode = await main(process.argv.slice(2), config);
} catch (err) {
  process.exitCode = exitCodeForFatal(err);
}
