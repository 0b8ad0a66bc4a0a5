import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configurationMarkdown } from './config-docs';
import { VARIABLES } from './config.definition';

describe('configuration documentation', () => {
  it('lists every variable with its default', () => {
    const table = configurationMarkdown();
    for (const name of Object.keys(VARIABLES)) expect(table).toContain(`| \`${name}\` |`);
    expect(table).toContain(
      '| `PORT` | Server | HTTP port for the API, the client and real-time connections. | `3000` |',
    );
  });

  it('is the table the README shows (regenerate with `npm run config:docs -w @commonroom/server`)', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(configurationMarkdown().trim());
  });
});
