import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

/** Where the .proto files live: `proto/` at the repository root, unless EJOURNAL_PROTO_DIR says otherwise. */
export const PROTO_DIR = process.env.EJOURNAL_PROTO_DIR ?? path.resolve(__dirname, '..', '..', '..', 'proto');

/** Must equal the options scripts/gen-proto-types.mjs passes to proto-loader-gen-types. */
export const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: false,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTO_DIR],
};

const loaded = new Map<string, unknown>();

/** Loads one .proto file (relative to PROTO_DIR) as a gRPC package object, once per process. */
export function loadProto<T>(file: string): T {
  let pkg = loaded.get(file);
  if (!pkg) {
    pkg = grpc.loadPackageDefinition(protoLoader.loadSync(file, LOADER_OPTIONS));
    loaded.set(file, pkg);
  }
  return pkg as T;
}
