/**
 * `npm run hub`: starts a hub process (DATABASE_URL, PORT), or with arguments manages it:
 *   npm run hub -- office add <code> "<name>" "<district>"   registers an office, prints its hub token
 *   npm run hub -- office token <code>                        a new token for an office (the old one stops)
 *   npm run hub -- office list
 *   npm run hub -- reader add "<name>"                        a token for the board and the reports
 *   npm run hub -- migrate                                    brings the schema up to date and exits
 */
import { migrate, openPool } from './db';
import { startHub } from './hub';
import { addOffice, addReader, listOffices, rotateOfficeToken } from './offices';

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://motcua@127.0.0.1:5432/motcua_hub';
const [cmd, sub, ...rest] = process.argv.slice(2);

async function manage(): Promise<number> {
  const pool = openPool(databaseUrl, 2);
  try {
    await migrate(pool);
    if (cmd === 'migrate') return 0;
    if (cmd === 'office' && sub === 'add' && rest.length === 3) {
      const { token } = await addOffice(pool, { code: rest[0]!, name: rest[1]!, district: rest[2]! });
      console.log(token ? `office ${rest[0]} registered. Its hub token (put it in the office's config hub.token, or MOTCUA_HUB_TOKEN):\n${token}`
        : `office ${rest[0]} updated (name, district); its token is unchanged (npm run hub -- office token ${rest[0]} for a new one)`);
      return 0;
    }
    if (cmd === 'office' && sub === 'token' && rest.length === 1) {
      const token = await rotateOfficeToken(pool, rest[0]!);
      if (!token) { console.error(`no office ${rest[0]}`); return 1; }
      console.log(`new hub token for ${rest[0]} (the old one no longer works):\n${token}`);
      return 0;
    }
    if (cmd === 'office' && sub === 'list') {
      for (const o of await listOffices(pool)) console.log(`${o.code}\t${o.district}\t${o.name}\tlast seq ${o.lastSeq}`);
      return 0;
    }
    if (cmd === 'reader' && sub === 'add' && rest.length === 1) {
      console.log(`reader token for ${rest[0]} (open /board?token=...):\n${await addReader(pool, rest[0]!)}`);
      return 0;
    }
    console.error('usage: npm run hub [-- office add <code> "<name>" "<district>" | office token <code> | office list | reader add "<name>" | migrate]');
    return 2;
  } finally {
    await pool.end();
  }
}

if (cmd) {
  process.exit(await manage());
} else {
  // MOTCUA_HUB_FAULT=exit-before-commit: the process dies inside its first non-empty batch's transaction (tests of a hub killed mid-batch).
  const fault = process.env.MOTCUA_HUB_FAULT === 'exit-before-commit';
  const hub = await startHub({
    databaseUrl, port: Number(process.env.PORT ?? 8090), host: process.env.HOST ?? '0.0.0.0',
    hooks: fault ? { beforeCommit: (_o, n) => { if (n > 0) process.kill(process.pid, 'SIGKILL'); } } : {},
  });
  console.log(`motcua hub listening on http://localhost:${hub.port} (board /board, report /api/report/view)`);
  const stop = async () => { await hub.close(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
