import { UserError } from '../../../src/errors.js';
import { copySqliteToPostgres } from '../../../src/store/copy-to-postgres.js';
import { isPostgresUrl } from '../../../src/store/open-store.js';
import { describeUrl } from '../../../src/store/postgres-open.js';
import type { CliCommand } from '../command.js';
import { UsageError } from '../command.js';

/** `glossary db copy --from sqlite:<path> --to postgres://…`: moves an existing bot's data to PostgreSQL. */
export const dbCommand: CliCommand = {
  name: 'db',
  usage: 'db copy --from sqlite:<path> --to postgres://…',
  summary: 'Copy the SQLite database into an empty PostgreSQL database',
  options: { from: { type: 'string' }, to: { type: 'string' } },
  async run(args, ctx) {
    const [action] = args.positionals;
    if (action !== 'copy') throw new UsageError('The only db action is "copy".');
    const { from, to } = args.values;
    if (typeof from !== 'string' || from.trim() === '')
      throw new UsageError('--from must name the SQLite file, e.g. sqlite:data/glossary.db');
    if (typeof to !== 'string' || !isPostgresUrl(to)) {
      throw new UsageError('--to must be a PostgreSQL URL, e.g. postgres://user:password@host:5432/glossary');
    }
    const path = from.replace(/^sqlite:/, '');
    if (isPostgresUrl(path))
      throw new UsageError('--from must be a SQLite file (PostgreSQL to PostgreSQL: use pg_dump).');
    const { existsSync } = await import('node:fs');
    if (!existsSync(path)) throw new UserError(`There is no SQLite database at "${path}".`, 'copy_no_source');
    const copied = await copySqliteToPostgres(path, to);
    ctx.stdout(`Copied "${path}" to ${describeUrl(to)}:`);
    for (const [table, rows] of Object.entries(copied)) ctx.stdout(`  ${table.padEnd(20)} ${rows} row(s)`);
    ctx.stdout('Set DATABASE_URL to the same URL on every replica and start them.');
    return 0;
  },
};
