// Original file: proto/ejournal/identity/v1/identity.proto


export interface GetContactAddressesRequest {
  'personIds'?: (string)[];
}

export interface GetContactAddressesRequest__Output {
  'personIds': (string)[];
}
