// Reasons the server refuses to start that the operator must fix (a dataset it cannot serve): the entry points
// print the message alone and exit 1; a stack trace would only hide it.

export class StartError extends Error {
  override readonly name = 'StartError';
}

/** build-db's exit code when it refuses the dataset; its stderr is then the whole message (a DatasetError's). */
export const DATASET_REFUSED_EXIT = 3;

/** What spawnSync tells of the build-db child. */
export interface ChildOutcome {
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string | null;
  error?: Error;
}

/** Enough of a crash's output to see what happened. */
const STDERR_TAIL = 4000;

/**
 * The StartError for a DATASET_FILE whose build-db child failed: its refusal as it wrote it, or for a crash the
 * end of what it said and how it ended.
 */
export function datasetBuildFailure(file: string, child: ChildOutcome): StartError {
  const said = (child.stderr ?? '').trim();
  if (child.status === DATASET_REFUSED_EXIT && said) return new StartError(said);
  const head = `Could not load DATASET_FILE ${file}`;
  if (child.error) return new StartError(`${head}: the loader could not run (${child.error.message}).`);
  const how = child.signal ? `was stopped by ${child.signal}` : `exited with code ${child.status}`;
  const tail = said.length > STDERR_TAIL ? `…${said.slice(-STDERR_TAIL)}` : said;
  return new StartError(`${head}: the loader ${how}${tail ? `:\n${tail}` : ' and said nothing.'}`);
}
