// Original file: proto/ejournal/identity/v1/identity.proto


export interface DescribeSignOnRequest {
}

export interface DescribeSignOnRequest__Output {
}
