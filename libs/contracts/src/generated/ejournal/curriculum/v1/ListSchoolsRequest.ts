// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface ListSchoolsRequest {
}

export interface ListSchoolsRequest__Output {
}
