import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import * as protobuf from 'protobufjs';

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

const roots = new Map<string, protobuf.Root>();

/** The .proto files (relative to PROTO_DIR) as one resolved protobufjs Root, once per process and set of files. */
export function protoRoot(files: string[]): protobuf.Root {
  const key = files.join('\n');
  let root = roots.get(key);
  if (!root) {
    root = new protobuf.Root();
    root.resolvePath = (_origin, target) => (target.startsWith('google/protobuf/') || path.isAbsolute(target) ? target : path.join(PROTO_DIR, target));
    root.loadSync(files, { keepCase: false });
    root.resolveAll();
    roots.set(key, root);
  }
  return root;
}
