/**
 * Class of the placeholder a held chart shows before its first render. Tests
 * and the bench probe wait for it to leave the window: one name, so renaming
 * it cannot turn their waits into checks that pass at once.
 */
export const CHART_WAIT_CLASS = 'panel__chart-wait';
