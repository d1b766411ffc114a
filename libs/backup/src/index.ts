export * from './backup';
export * from './broker-definitions';
export * from './checksums';
export * from './config';
export * from './manifest';
export * from './media';
export * from './restore';
export * from './rotation';
export { catalogueDifferences, catalogueOf, copyRowsOf, unescapeCopyText, type FerretDbCollection } from './ferretdb-postgresql';
