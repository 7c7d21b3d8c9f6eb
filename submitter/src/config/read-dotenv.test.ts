import { describe, expect, it } from 'vitest';
import { normaliseScope } from './normalise-scope.ts';
import { parseDotenv } from './read-dotenv.ts';

describe('parseDotenv', () => {
  it('reads plain, quoted, exported and commented lines', () => {
    const text =
      '\uFEFF# settings\nAPI_ENDPOINT=https://x.example/1\nexport LA_CODE=201 # ours\nCLIENT_SECRET="a#b c"\nSCOPE=\'api://x\'\n\nnot a line\n';
    expect(parseDotenv(text)).toEqual({
      API_ENDPOINT: 'https://x.example/1',
      LA_CODE: '201',
      CLIENT_SECRET: 'a#b c',
      SCOPE: 'api://x',
    });
  });

  it('reads Windows line endings', () => {
    expect(parseDotenv('A=1\r\nB=2\r\n')).toEqual({ A: '1', B: '2' });
  });
});

describe('normaliseScope', () => {
  it('adds /.default once', () => {
    expect(normaliseScope('api://receiver-test-1')).toBe('api://receiver-test-1/.default');
    expect(normaliseScope('api://receiver-test-1/')).toBe('api://receiver-test-1/.default');
    expect(normaliseScope(' api://receiver-test-1/.default ')).toBe('api://receiver-test-1/.default');
  });
});
