// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface GetCatalogueRequest {
  'schoolId'?: (string);
}

export interface GetCatalogueRequest__Output {
  'schoolId': (string);
}
