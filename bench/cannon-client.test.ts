import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const keepNoBodyText = require('./cannon-client.cjs') as (client: { pipelinedRequests: unknown }) => void;
const PipelinedRequestsQueue = require('autocannon/lib/pipelinedRequestsQueue.js') as new () => {
  insertRequest(req: unknown): void;
  addBody(data: Buffer): void;
  addByteCount(n: number): void;
  terminateRequest(): { body: string; bytes: number };
};

describe('cannon-client (autocannon setupClient)', () => {
  it('keeps no body text but still counts the bytes of the response', () => {
    const client = { pipelinedRequests: new PipelinedRequestsQueue() };
    keepNoBodyText(client);
    client.pipelinedRequests.insertRequest({});
    client.pipelinedRequests.addBody(Buffer.from('{"data":[1,2,3]}'));
    client.pipelinedRequests.addByteCount(16);
    expect(client.pipelinedRequests.terminateRequest()).toMatchObject({ body: '', bytes: 16 });
  });

  it('leaves other clients as autocannon made them (the hook changes one instance)', () => {
    const untouched = new PipelinedRequestsQueue();
    keepNoBodyText({ pipelinedRequests: new PipelinedRequestsQueue() });
    untouched.insertRequest({});
    untouched.addBody(Buffer.from('abc'));
    expect(untouched.terminateRequest().body).toBe('abc');
  });
});
