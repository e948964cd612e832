import { describe, expect, it } from 'vitest';
import { DATASET_REFUSED_EXIT, StartError, datasetBuildFailure } from './startError';

describe('datasetBuildFailure', () => {
  it('passes the loader’s refusal on as it wrote it', () => {
    const said =
      'Could not load DATASET_FILE /d/x.json: 1 problem:\n  - x.json (models): model "m" field vendorId: unknown vendor "v"';
    const error = datasetBuildFailure('/d/x.json', { status: DATASET_REFUSED_EXIT, signal: null, stderr: `${said}\n` });
    expect(error).toBeInstanceOf(StartError);
    expect(error.message).toBe(said);
  });

  it('says how a crash ended and keeps only the end of a long output', () => {
    const crash = datasetBuildFailure('x.json', {
      status: 1,
      signal: null,
      stderr: 'a'.repeat(10_000) + 'Error: disk full',
    });
    expect(crash.message).toMatch(
      /^Could not load DATASET_FILE x\.json: the loader exited with code 1:\n…a+Error: disk full$/,
    );
    expect(crash.message.length).toBeLessThan(4200);
    const killed = datasetBuildFailure('x.json', { status: null, signal: 'SIGKILL', stderr: '' });
    expect(killed.message).toBe(
      'Could not load DATASET_FILE x.json: the loader was stopped by SIGKILL and said nothing.',
    );
    const notRun = datasetBuildFailure('x.json', {
      status: null,
      signal: null,
      stderr: null,
      error: new Error('spawn ENOENT'),
    });
    expect(notRun.message).toBe('Could not load DATASET_FILE x.json: the loader could not run (spawn ENOENT).');
  });
});
