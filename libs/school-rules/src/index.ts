export * from './dates';
export * from './lessons';
