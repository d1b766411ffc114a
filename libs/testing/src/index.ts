export * from './infrastructure';
export * from './suite';
