#!/usr/bin/env node
// The crossings CLI. TypeScript sources run through tsx, so `npm ci` is the only install step.
import { register } from 'tsx/esm/api';

register();
// A closed pipe (`crossings … | head`) ends the output quietly.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
