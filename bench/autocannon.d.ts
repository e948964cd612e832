// autocannon ships no types; the bench uses only this call.
declare module 'autocannon' {
  function autocannon(
    opts: {
      url: string;
      connections?: number;
      duration?: number;
      headers?: Record<string, string>;
      /** Path of a module exporting (client) => void; a path, so worker threads can load it. */
      setupClient?: string;
      workers?: number;
    },
    cb: (err: unknown, result: never) => void,
  ): unknown;
  export default autocannon;
}
