/**
 * `npm run mock:server`: the mock backend as an HTTP server on this machine (see --help).
 * The state lives in a file, written atomically on every change; Ctrl-C (SIGINT) or SIGTERM
 * stops the server cleanly.
 */
import { initMockStore, STORAGE_KEY } from '../store';
import { assertWritable, FileStorage } from './file-storage';
import { startMockHttpServer, type RunningMockHttpServer } from './http-server';
import { parseServerArgs, USAGE } from './options';

function fail(message: string, code = 1): never {
  console.error(`mock:server: ${message}`);
  process.exit(code);
}

async function main(): Promise<void> {
  const parsed = parseServerArgs(process.argv.slice(2), process.env, process.cwd());
  if (parsed.kind === 'help') {
    console.log(USAGE);
    return;
  }
  if (parsed.kind === 'error') fail(`${parsed.message} (see --help)`, 2);
  const { options } = parsed;

  try {
    assertWritable(options.statePath);
  } catch (error) {
    fail(`cannot write the state file ${options.statePath}: ${(error as Error).message}`);
  }
  const storage = new FileStorage(options.statePath, STORAGE_KEY);
  const store = initMockStore({ storage });
  if (store.notice !== null) {
    console.warn(
      `mock:server: ${options.statePath} could not be read${storage.readError === null ? '' : ` (${storage.readError})`}; started the default scenario (GET /api/session reports it).`,
    );
  }

  let server: RunningMockHttpServer;
  try {
    server = await startMockHttpServer({
      port: options.port,
      host: options.host,
      allowedOrigins: options.allowedOrigins,
      log: (line) => {
        console.log(line);
      },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      fail(
        `port ${options.port} on ${options.host} is already in use (another mock server?); choose another with --port N or PORT.`,
      );
    }
    fail(`cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`);
  }

  console.log(`Mock backend listening on ${server.origin}/api`);
  console.log(`  API reference ${server.origin}/docs/ · contract ${server.origin}/openapi.yaml`);
  console.log(`  state ${options.statePath} · Ctrl-C stops it`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second Ctrl-C does not wait for slow requests.
    if (stopping) process.exit(130);
    stopping = true;
    console.log(`${signal}: stopping (the state is on disk after every change)`);
    void server.close().then(() => {
      console.log('Mock backend stopped');
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
