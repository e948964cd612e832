export { MonetizationSlice } from './components/MonetizationSlice';
