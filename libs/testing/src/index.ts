export * from './infrastructure';
export * from './suite';
export * from './trace-collector';
export * from './credentials';
export * from './private-database';
export * from './browser';
export * from './mail-sink';
export * from './pdf-text';
