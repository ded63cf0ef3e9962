/**
 * The two servers `npm run check:zotero` needs: the built site (dist/, under BASE_PATH) on loopback,
 * and Zotero's translation-server with Zotero's translators, prepared from a checkout named by an
 * environment variable:
 *
 * - ZOTERO_MIRROR: a folder holding bare git repositories as the session's fetch tool leaves them
 *   (<folder>/zotero+translation-server/repo, zotero+translators, zotero+translate, zotero+utilities,
 *   zotero+zotero-schema, zotero+wicked-good-xpath). translation-server is taken at its newest commit
 *   with its submodules at the commits it pins, the translators at their newest, as
 *   reviews/1.0/tools-check.md did (shared/tools/zotero-check/run-all.sh); its dependencies are
 *   installed from the npm registry, once per set of commits, in ZOTERO_WORK (default: the system's
 *   temporary folder).
 * - ZOTERO_SERVER: a translation-server checkout that is ready to run (dependencies installed,
 *   modules/ filled), with its translators in ZOTERO_TRANSLATORS (default: its modules/translators).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';

export interface Checkout {
  /** The translation-server folder, ready to run. */
  server: string;
  translators: string;
  /** What was checked out, for the report. */
  versions: string;
}

/** Which checkout the environment names, or why there is none. */
export function checkoutFromEnvironment(): { checkout?: () => Checkout; missing?: string } {
  const mirror = process.env['ZOTERO_MIRROR'];
  const server = process.env['ZOTERO_SERVER'];
  if (server) {
    const translators = process.env['ZOTERO_TRANSLATORS'] ?? join(server, 'modules/translators');
    return {
      checkout: () => ({
        server: resolve(server),
        translators: resolve(translators),
        versions: `translation-server at ${server}`,
      }),
    };
  }
  if (mirror) return { checkout: () => fromMirror(resolve(mirror)) };
  return {
    missing:
      'check:zotero skipped: no Zotero checkout given. Set ZOTERO_MIRROR to the folder of the fetched zotero ' +
      'repositories (zotero+translation-server/repo, zotero+translators/repo, zotero+translate/repo, ' +
      'zotero+utilities/repo, zotero+zotero-schema/repo, zotero+wicked-good-xpath/repo), or ZOTERO_SERVER to a ' +
      'built translation-server (README, "Citation, metadata, versions").',
  };
}

const git = (repo: string, ...args: string[]) =>
  execFileSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8' }).trim();

/** `git archive <commit> | tar -x -C <into>`. */
function extract(repo: string, commit: string, into: string): void {
  mkdirSync(into, { recursive: true });
  const tar = execFileSync('git', ['--git-dir', repo, 'archive', commit], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', into], { input: tar, maxBuffer: 1 << 30 });
}

function fromMirror(mirror: string): Checkout {
  const repo = (name: string) => {
    const path = join(mirror, `zotero+${name}`, 'repo');
    if (!existsSync(path)) throw new Error(`check:zotero: ${path} is missing (ZOTERO_MIRROR=${mirror}).`);
    return path;
  };
  const serverRepo = repo('translation-server');
  const serverCommit = git(serverRepo, 'rev-parse', 'HEAD');
  const translatorsCommit = git(repo('translators'), 'rev-parse', 'HEAD');
  /** The commit a submodule is pinned at, in a repository at a commit. */
  const pin = (r: string, commit: string, path: string) => git(r, 'ls-tree', commit, path).split(/\s+/)[2]!;
  const translate = pin(serverRepo, serverCommit, 'modules/translate');
  const utilities = pin(serverRepo, serverCommit, 'modules/utilities');
  const schema = pin(serverRepo, serverCommit, 'modules/zotero-schema');
  const translateUtilities = pin(repo('translate'), translate, 'modules/utilities');
  const pkg = JSON.parse(git(serverRepo, 'show', `${serverCommit}:package.json`)) as {
    dependencies: Record<string, string>;
  };
  const xpathCommit = /#([0-9a-f]+)$/.exec(pkg.dependencies['wicked-good-xpath'] ?? '')?.[1];
  if (!xpathCommit) throw new Error('check:zotero: cannot find the wicked-good-xpath commit translation-server pins.');

  const versions =
    `translation-server ${serverCommit.slice(0, 8)} (translate ${translate.slice(0, 8)}, utilities ` +
    `${utilities.slice(0, 8)}, zotero-schema ${schema.slice(0, 8)}), translators ${translatorsCommit.slice(0, 8)}`;
  const work = join(process.env['ZOTERO_WORK'] ?? join(tmpdir(), 'zotero-check'), serverCommit.slice(0, 12));
  const ts = join(work, 'ts');
  const tr = join(work, `translators-${translatorsCommit.slice(0, 12)}`);
  const stamp = join(ts, '.zotero-check-ready');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== versions) {
    rmSync(ts, { recursive: true, force: true });
    extract(serverRepo, serverCommit, ts);
    extract(repo('translate'), translate, join(ts, 'modules/translate'));
    extract(repo('utilities'), utilities, join(ts, 'modules/utilities'));
    extract(repo('zotero-schema'), schema, join(ts, 'modules/zotero-schema'));
    extract(repo('utilities'), translateUtilities, join(ts, 'modules/translate/modules/utilities'));
    for (const dir of ['modules/utilities', 'modules/translate/modules/utilities']) {
      mkdirSync(join(ts, dir, 'resource/schema/global'), { recursive: true });
      writeFileSync(
        join(ts, dir, 'resource/schema/global/schema.json'),
        readFileSync(join(ts, 'modules/zotero-schema/schema.json')),
      );
    }
    // npm cannot reach GitHub here: the git dependency becomes the local copy, and the lock file,
    // which pins the git URL, is set aside.
    const xpath = join(work, 'wicked-good-xpath');
    rmSync(xpath, { recursive: true, force: true });
    extract(repo('wicked-good-xpath'), xpathCommit, xpath);
    pkg.dependencies['wicked-good-xpath'] = `file:${xpath}`;
    const pkgFile = join(ts, 'package.json');
    writeFileSync(
      pkgFile,
      JSON.stringify({ ...JSON.parse(readFileSync(pkgFile, 'utf8')), dependencies: pkg.dependencies }, null, 2),
    );
    if (existsSync(join(ts, 'package-lock.json')))
      renameSync(join(ts, 'package-lock.json'), join(ts, 'package-lock.json.orig'));
    execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund'], { cwd: ts, stdio: 'ignore' });
    writeFileSync(stamp, versions);
  }
  if (!existsSync(tr)) extract(repo('translators'), translatorsCommit, tr);
  return { server: ts, translators: tr, versions };
}

export interface Running {
  url: string;
  stop(): void;
}

/** Starts translation-server on 127.0.0.1:port and resolves when it listens. */
export function startTranslationServer(checkout: Checkout, port: number): Promise<Running> {
  const child: ChildProcess = spawn(process.execPath, ['src/server.js'], {
    cwd: checkout.server,
    env: {
      ...process.env,
      // Vitest sets NODE_ENV=test, in which translation-server does not listen (src/server.js).
      NODE_ENV: 'production',
      NODE_CONFIG: JSON.stringify({ host: '127.0.0.1', port, translatorsDirectory: checkout.translators }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`translation-server did not start in 120 s:\n${log}`)), 120_000);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      if (/Listening on/.test(log)) {
        clearTimeout(timer);
        done({ url: `http://127.0.0.1:${port}`, stop: () => child.kill() });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => fail(new Error(`translation-server exited (${code}):\n${log}`)));
  });
}

/** The zotero-schema the server runs with: item types, their fields and creator roles. */
export function schemaOf(checkout: Checkout): {
  itemTypes: { itemType: string; creatorTypes: { creatorType: string; primary?: boolean }[] }[];
} {
  return JSON.parse(readFileSync(join(checkout.server, 'modules/zotero-schema/schema.json'), 'utf8'));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves dist/ at base (e.g. "/" or "/apsara-2024/") on 127.0.0.1:port, as a static host does. */
export function serveSite(dist: string, base: string, port: number): Promise<Running> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.startsWith(base) ? normalize(join(dist, path.slice(base.length))) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'text/plain; charset=utf-8' }).end(readFileSync(file));
  });
  return new Promise((done, fail) => {
    server.on('error', (e) => fail(new Error(`check:zotero: cannot serve the site on port ${port}: ${e.message}`)));
    server.listen(port, '127.0.0.1', () =>
      done({ url: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`, stop: () => server.close() }),
    );
  });
}
