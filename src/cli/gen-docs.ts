import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { cliMarkdown } from './spec.js';

writeFileSync(join(PROJECT_ROOT, 'docs', 'cli.md'), cliMarkdown());
console.log('wrote docs/cli.md');
