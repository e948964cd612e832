export { StagesSlice } from './components/StagesSlice';
