export { ChinaSlice } from './components/ChinaSlice';
