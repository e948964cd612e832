// autocannon's setupClient hook, loaded by path so that its worker threads load it too.
//
// autocannon keeps the body of every response as a string (`req.body += chunk`
// in its PipelinedRequestsQueue), for options the bench never sets (expectBody,
// verifyBody, onResponse). On a 55-kB body that concatenation was 87% of the
// generator's CPU profile, so the generator, not the server, set the latency.
// This hook drops the body text per client; bytes are still read, parsed and
// counted (addByteCount), and latency still runs from request to last byte.
'use strict';

module.exports = function keepNoBodyText(client) {
  client.pipelinedRequests.addBody = function dropBodyText() {};
};
