export * from './infrastructure';
export * from './suite';
export * from './trace-collector';
