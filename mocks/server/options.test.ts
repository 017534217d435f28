import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, DEFAULT_STATE_FILE, parseServerArgs, USAGE } from './options';

const parse = (argv: string[], env: Record<string, string> = {}) =>
  parseServerArgs(argv, env, '/work/app');

describe('mock:server options', () => {
  it('defaults to port 8787 on this machine only, the state file in the working folder', () => {
    expect(parse([])).toEqual({
      kind: 'run',
      options: {
        port: DEFAULT_PORT,
        host: '127.0.0.1',
        statePath: `/work/app/${DEFAULT_STATE_FILE}`,
        allowedOrigins: [],
      },
    });
  });

  it('reads PORT, MOCK_HOST, MOCK_STATE_FILE and MOCK_ALLOW_ORIGINS; flags win over them', () => {
    const env = {
      PORT: '9000',
      MOCK_HOST: '0.0.0.0',
      MOCK_STATE_FILE: 'tmp/state.json',
      MOCK_ALLOW_ORIGINS: 'http://192.168.1.5:5173, https://app.example/',
    };
    expect(parse([], env)).toMatchObject({
      options: {
        port: 9000,
        host: '0.0.0.0',
        statePath: '/work/app/tmp/state.json',
        allowedOrigins: ['http://192.168.1.5:5173', 'https://app.example'],
      },
    });
    expect(
      parse(['--port', '0', '--state=/var/mock.json', '--allow-origin', '*', '--host=::1'], env),
    ).toMatchObject({
      options: {
        port: 0,
        host: '::1',
        statePath: '/var/mock.json',
        allowedOrigins: ['http://192.168.1.5:5173', 'https://app.example', '*'],
      },
    });
    expect(parse(['-p', '8801'])).toMatchObject({ options: { port: 8801 } });
  });

  it('asks for help with -h or --help, and the help names every option', () => {
    expect(parse(['--port', '1', '--help'])).toEqual({ kind: 'help' });
    expect(parse(['-h'])).toEqual({ kind: 'help' });
    for (const option of [
      '--port',
      'PORT',
      '--host',
      '--state',
      'MOCK_STATE_FILE',
      '--allow-origin',
    ]) {
      expect(USAGE).toContain(option);
    }
  });

  it.each([
    [['--port', '65536'], /port number from 0 to 65535, got "65536"/],
    [['--port', 'eighty'], /port number/],
    [['--port'], /--port needs a value/],
    [['--state='], /--state needs a value/],
    [['--verbose'], /unknown option "--verbose"/],
    [['8787'], /unknown option "8787"/],
    [['--allow-origin', 'localhost:5173'], /not an origin: "localhost:5173"/],
  ])('refuses %j', (argv, message) => {
    const parsed = parse(argv);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' ? parsed.message : '').toMatch(message);
  });

  it('refuses a PORT variable that is not a port', () => {
    expect(parse([], { PORT: 'abc' })).toEqual({
      kind: 'error',
      message: 'PORT must be a port number from 0 to 65535, got "abc"',
    });
  });
});
