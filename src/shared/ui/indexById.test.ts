import { describe, expect, it } from 'vitest';
import { indexById } from './indexById';

describe('indexById', () => {
  it('maps items by id', () => {
    const answer = {
      data: [
        { id: 'a', n: 1 },
        { id: 'b', n: 2 },
      ],
    };
    expect(indexById(answer).get('b')).toEqual({ id: 'b', n: 2 });
    expect(indexById(answer).size).toBe(2);
  });
  it('gives the same map for the same answer, and a new one for a new answer', () => {
    const answer = { data: [{ id: 'a' }] };
    expect(indexById(answer)).toBe(indexById(answer));
    expect(indexById({ data: [{ id: 'a' }] })).not.toBe(indexById(answer));
  });
});
