export * from './resources';
export * from './params';
export * from './pagination';
export * from './errors';
export * from './endpoints';
export * from './semantics';
export * from './dataset';
export { openApiDocument } from './openapi';
export * from './handle';
