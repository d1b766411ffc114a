import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ConfigError, readConfig, serviceEnvironment } from '@ejournal/kit';

const valid = {
  MONGODB_URI: 'mongodb://127.0.0.1:27017/',
  MONGODB_DATABASE: 'curriculum',
  AMQP_URL: 'amqp://guest:guest@127.0.0.1:5672',
  GRPC_PORT: '50052',
  CREDENTIALS_DIR: '/etc/ejournal/credentials',
};

describe('configuration from the environment', () => {
  it('reads valid variables with their defaults', () => {
    expect(readConfig(serviceEnvironment, valid)).toMatchObject({ GRPC_PORT: 50052, EVENT_NAMESPACE: 'ejournal', LOG_LEVEL: 'info', SHUTDOWN_GRACE_MS: 10_000 });
  });

  it('names every missing or bad variable', () => {
    const attempt = () => readConfig(serviceEnvironment, { ...valid, MONGODB_URI: undefined, GRPC_PORT: 'eighty', CREDENTIALS_DIR: '' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const { problems } = error as ConfigError;
      expect(problems).toEqual(
        expect.arrayContaining([
          'MONGODB_URI is not set',
          expect.stringMatching(/^GRPC_PORT /),
          expect.stringMatching(/^CREDENTIALS_DIR must be a directory/),
        ]),
      );
    }
  });

  it('stops a service process at start with a message naming the variable', async () => {
    const main = join(__dirname, '../../../services/curriculum/dist/main.js');
    const failure = await promisify(execFile)(process.execPath, [main], { env: { PATH: process.env.PATH, ...valid, AMQP_URL: 'http://nope' } }).catch((e) => e);
    expect(failure.code).toBe(78);
    expect(failure.stderr).toContain('AMQP_URL must be an amqp:// or amqps:// URL');
  });
});
