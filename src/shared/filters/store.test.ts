import { afterEach, describe, expect, it } from 'vitest';
import { useViewStore } from './store';

afterEach(() => useViewStore.getState().reset());

describe('view store', () => {
  it('toggles a vendor on and off', () => {
    const s = useViewStore.getState();
    s.toggleVendor('openai');
    s.toggleVendor('baidu');
    expect(useViewStore.getState().vendors).toEqual(['openai', 'baidu']);
    useViewStore.getState().toggleVendor('openai');
    expect(useViewStore.getState().vendors).toEqual(['baidu']);
  });
  it('orders a reversed year range and refuses a non-positive rate', () => {
    useViewStore.getState().setYears(2024, 2021);
    expect(useViewStore.getState()).toMatchObject({ from: 2021, to: 2024 });
    useViewStore.getState().setRate(0);
    useViewStore.getState().setRate(Number.NaN);
    expect(useViewStore.getState().cnyPerUsd).toBe(7.2);
    useViewStore.getState().setRate(7.3);
    expect(useViewStore.getState().cnyPerUsd).toBe(7.3);
  });
});
