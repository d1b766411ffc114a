export * from './infrastructure';
export * from './suite';
export * from './trace-collector';
export * from './credentials';
