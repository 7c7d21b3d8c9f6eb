// A throwaway PostgreSQL server for the database tests: initdb into a temporary folder and pg_ctl start
// on a free loopback port, run as the postgres user when the tests run as root (PostgreSQL refuses
// root). CSC_TEST_PG_URL points the tests at an existing server instead. Each test gets its own
// schema, so tests never see each other's rows. Runs in Node under Vitest.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  /** Connection settings for the superuser (or CSC_TEST_PG_URL's user). */
  admin: { host: string; port: number; user: string; password: string; database: string };
  /** A new client as the admin user; the caller ends it. */
  connect(): Promise<pg.Client>;
  stop(): Promise<void>;
}

const adminPassword = 'pg-admin-Pa55word-for-tests';

/** Finds initdb and pg_ctl: on PATH, or in Debian's /usr/lib/postgresql/<version>/bin. */
function findBinaries(): string {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((name) => existsSync(join(debian, name, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0] !== undefined) return join(debian, versions[0], 'bin');
  }
  try {
    const bindir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(join(bindir, 'initdb'))) return bindir;
  } catch {
    // Reported below.
  }
  throw new Error(
    'The database tests need PostgreSQL server binaries (initdb and pg_ctl), and none were found in /usr/lib/postgresql/*/bin or through pg_config. ' +
      'Install them (Debian: apt-get install postgresql; .ci/run does this), or set CSC_TEST_PG_URL=postgres://user:password@host:port/database to use a running server.',
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

export async function startPostgres(): Promise<TestPostgres> {
  const external = process.env.CSC_TEST_PG_URL;
  if (external) {
    const url = new URL(external);
    const admin = {
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: url.pathname.slice(1) || 'postgres',
    };
    return { admin, connect: () => connectAs(admin), async stop() {} };
  }

  const bin = findBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'csc-api-pg-'));
  const asRoot = userInfo().uid === 0;
  const runAs = (command: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, command), args, { stdio: 'pipe' });
  const data = join(dir, 'data');
  const passwordFile = join(dir, 'password');
  writeFileSync(passwordFile, `${adminPassword}\n`);
  if (asRoot) {
    const ids = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
    const gid = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
    chownSync(dir, Number(ids), Number(gid));
    chownSync(passwordFile, Number(ids), Number(gid));
  }
  chmodSync(dir, 0o700);
  let port = 0;
  try {
    runAs('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--pwfile',
      passwordFile,
      '--auth-host=scram-sha-256',
      '--auth-local=trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    // Another process can take the free port between our check and the server's start: try again.
    for (let attempt = 1; ; attempt += 1) {
      port = await freePort();
      try {
        runAs('pg_ctl', [
          '-D',
          data,
          '-l',
          join(dir, 'server.log'),
          '-o',
          `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
          '-w',
          '-t',
          '60',
          'start',
        ]);
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  } catch (error) {
    const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(
      `The test PostgreSQL server did not start: ${stderr || (error as Error).message}\n${log}`,
    );
  }
  const admin = { host: '127.0.0.1', port, user: 'postgres', password: adminPassword, database: 'postgres' };
  return {
    admin,
    connect: () => connectAs(admin),
    async stop() {
      try {
        runAs('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

async function connectAs(admin: TestPostgres['admin']): Promise<pg.Client> {
  const client = new pg.Client(admin);
  await client.connect();
  return client;
}
