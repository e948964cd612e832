export { ComputeSlice } from './components/ComputeSlice';
