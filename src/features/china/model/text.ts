/** The shared template filler, re-exported for the slice's models and panels. */
export { fill } from '../../../shared/i18n/fill';
