// Original file: proto/ejournal/identity/v1/identity.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Account as _ejournal_identity_v1_Account, Account__Output as _ejournal_identity_v1_Account__Output } from '../../../ejournal/identity/v1/Account';
import type { AuditEntries as _ejournal_identity_v1_AuditEntries, AuditEntries__Output as _ejournal_identity_v1_AuditEntries__Output } from '../../../ejournal/identity/v1/AuditEntries';
import type { BeginSsoLinkRequest as _ejournal_identity_v1_BeginSsoLinkRequest, BeginSsoLinkRequest__Output as _ejournal_identity_v1_BeginSsoLinkRequest__Output } from '../../../ejournal/identity/v1/BeginSsoLinkRequest';
import type { BeginSsoLoginRequest as _ejournal_identity_v1_BeginSsoLoginRequest, BeginSsoLoginRequest__Output as _ejournal_identity_v1_BeginSsoLoginRequest__Output } from '../../../ejournal/identity/v1/BeginSsoLoginRequest';
import type { ChangePasswordRequest as _ejournal_identity_v1_ChangePasswordRequest, ChangePasswordRequest__Output as _ejournal_identity_v1_ChangePasswordRequest__Output } from '../../../ejournal/identity/v1/ChangePasswordRequest';
import type { ChangePasswordResponse as _ejournal_identity_v1_ChangePasswordResponse, ChangePasswordResponse__Output as _ejournal_identity_v1_ChangePasswordResponse__Output } from '../../../ejournal/identity/v1/ChangePasswordResponse';
import type { CheckPeopleRequest as _ejournal_identity_v1_CheckPeopleRequest, CheckPeopleRequest__Output as _ejournal_identity_v1_CheckPeopleRequest__Output } from '../../../ejournal/identity/v1/CheckPeopleRequest';
import type { CheckedPeople as _ejournal_identity_v1_CheckedPeople, CheckedPeople__Output as _ejournal_identity_v1_CheckedPeople__Output } from '../../../ejournal/identity/v1/CheckedPeople';
import type { CompletePasswordResetRequest as _ejournal_identity_v1_CompletePasswordResetRequest, CompletePasswordResetRequest__Output as _ejournal_identity_v1_CompletePasswordResetRequest__Output } from '../../../ejournal/identity/v1/CompletePasswordResetRequest';
import type { CompleteSsoLoginRequest as _ejournal_identity_v1_CompleteSsoLoginRequest, CompleteSsoLoginRequest__Output as _ejournal_identity_v1_CompleteSsoLoginRequest__Output } from '../../../ejournal/identity/v1/CompleteSsoLoginRequest';
import type { ConfirmGuardianRequest as _ejournal_identity_v1_ConfirmGuardianRequest, ConfirmGuardianRequest__Output as _ejournal_identity_v1_ConfirmGuardianRequest__Output } from '../../../ejournal/identity/v1/ConfirmGuardianRequest';
import type { ContactAddresses as _ejournal_identity_v1_ContactAddresses, ContactAddresses__Output as _ejournal_identity_v1_ContactAddresses__Output } from '../../../ejournal/identity/v1/ContactAddresses';
import type { CreatePersonRequest as _ejournal_identity_v1_CreatePersonRequest, CreatePersonRequest__Output as _ejournal_identity_v1_CreatePersonRequest__Output } from '../../../ejournal/identity/v1/CreatePersonRequest';
import type { DescribeSignOnRequest as _ejournal_identity_v1_DescribeSignOnRequest, DescribeSignOnRequest__Output as _ejournal_identity_v1_DescribeSignOnRequest__Output } from '../../../ejournal/identity/v1/DescribeSignOnRequest';
import type { EndSessionRequest as _ejournal_identity_v1_EndSessionRequest, EndSessionRequest__Output as _ejournal_identity_v1_EndSessionRequest__Output } from '../../../ejournal/identity/v1/EndSessionRequest';
import type { EndSessionResponse as _ejournal_identity_v1_EndSessionResponse, EndSessionResponse__Output as _ejournal_identity_v1_EndSessionResponse__Output } from '../../../ejournal/identity/v1/EndSessionResponse';
import type { GetContactAddressesRequest as _ejournal_identity_v1_GetContactAddressesRequest, GetContactAddressesRequest__Output as _ejournal_identity_v1_GetContactAddressesRequest__Output } from '../../../ejournal/identity/v1/GetContactAddressesRequest';
import type { GetKnownSchoolRequest as _ejournal_identity_v1_GetKnownSchoolRequest, GetKnownSchoolRequest__Output as _ejournal_identity_v1_GetKnownSchoolRequest__Output } from '../../../ejournal/identity/v1/GetKnownSchoolRequest';
import type { GetPersonNamesRequest as _ejournal_identity_v1_GetPersonNamesRequest, GetPersonNamesRequest__Output as _ejournal_identity_v1_GetPersonNamesRequest__Output } from '../../../ejournal/identity/v1/GetPersonNamesRequest';
import type { GetPersonRequest as _ejournal_identity_v1_GetPersonRequest, GetPersonRequest__Output as _ejournal_identity_v1_GetPersonRequest__Output } from '../../../ejournal/identity/v1/GetPersonRequest';
import type { GetSchoolDirectoryRequest as _ejournal_identity_v1_GetSchoolDirectoryRequest, GetSchoolDirectoryRequest__Output as _ejournal_identity_v1_GetSchoolDirectoryRequest__Output } from '../../../ejournal/identity/v1/GetSchoolDirectoryRequest';
import type { GetSigningKeysRequest as _ejournal_identity_v1_GetSigningKeysRequest, GetSigningKeysRequest__Output as _ejournal_identity_v1_GetSigningKeysRequest__Output } from '../../../ejournal/identity/v1/GetSigningKeysRequest';
import type { GrantRoleRequest as _ejournal_identity_v1_GrantRoleRequest, GrantRoleRequest__Output as _ejournal_identity_v1_GrantRoleRequest__Output } from '../../../ejournal/identity/v1/GrantRoleRequest';
import type { ImportPeopleRequest as _ejournal_identity_v1_ImportPeopleRequest, ImportPeopleRequest__Output as _ejournal_identity_v1_ImportPeopleRequest__Output } from '../../../ejournal/identity/v1/ImportPeopleRequest';
import type { ImportReport as _ejournal_identity_v1_ImportReport, ImportReport__Output as _ejournal_identity_v1_ImportReport__Output } from '../../../ejournal/identity/v1/ImportReport';
import type { Invitation as _ejournal_identity_v1_Invitation, Invitation__Output as _ejournal_identity_v1_Invitation__Output } from '../../../ejournal/identity/v1/Invitation';
import type { Invitations as _ejournal_identity_v1_Invitations, Invitations__Output as _ejournal_identity_v1_Invitations__Output } from '../../../ejournal/identity/v1/Invitations';
import type { IssueInvitationRequest as _ejournal_identity_v1_IssueInvitationRequest, IssueInvitationRequest__Output as _ejournal_identity_v1_IssueInvitationRequest__Output } from '../../../ejournal/identity/v1/IssueInvitationRequest';
import type { KnownSchool as _ejournal_identity_v1_KnownSchool, KnownSchool__Output as _ejournal_identity_v1_KnownSchool__Output } from '../../../ejournal/identity/v1/KnownSchool';
import type { ListAuditRequest as _ejournal_identity_v1_ListAuditRequest, ListAuditRequest__Output as _ejournal_identity_v1_ListAuditRequest__Output } from '../../../ejournal/identity/v1/ListAuditRequest';
import type { ListInvitationsRequest as _ejournal_identity_v1_ListInvitationsRequest, ListInvitationsRequest__Output as _ejournal_identity_v1_ListInvitationsRequest__Output } from '../../../ejournal/identity/v1/ListInvitationsRequest';
import type { ListPeopleRequest as _ejournal_identity_v1_ListPeopleRequest, ListPeopleRequest__Output as _ejournal_identity_v1_ListPeopleRequest__Output } from '../../../ejournal/identity/v1/ListPeopleRequest';
import type { ListPupilNamesRequest as _ejournal_identity_v1_ListPupilNamesRequest, ListPupilNamesRequest__Output as _ejournal_identity_v1_ListPupilNamesRequest__Output } from '../../../ejournal/identity/v1/ListPupilNamesRequest';
import type { ListRevocationsRequest as _ejournal_identity_v1_ListRevocationsRequest, ListRevocationsRequest__Output as _ejournal_identity_v1_ListRevocationsRequest__Output } from '../../../ejournal/identity/v1/ListRevocationsRequest';
import type { LoginRequest as _ejournal_identity_v1_LoginRequest, LoginRequest__Output as _ejournal_identity_v1_LoginRequest__Output } from '../../../ejournal/identity/v1/LoginRequest';
import type { PasswordReset as _ejournal_identity_v1_PasswordReset, PasswordReset__Output as _ejournal_identity_v1_PasswordReset__Output } from '../../../ejournal/identity/v1/PasswordReset';
import type { PeopleList as _ejournal_identity_v1_PeopleList, PeopleList__Output as _ejournal_identity_v1_PeopleList__Output } from '../../../ejournal/identity/v1/PeopleList';
import type { Person as _ejournal_identity_v1_Person, Person__Output as _ejournal_identity_v1_Person__Output } from '../../../ejournal/identity/v1/Person';
import type { PersonCreated as _ejournal_identity_v1_PersonCreated, PersonCreated__Output as _ejournal_identity_v1_PersonCreated__Output } from '../../../ejournal/identity/v1/PersonCreated';
import type { PersonNames as _ejournal_identity_v1_PersonNames, PersonNames__Output as _ejournal_identity_v1_PersonNames__Output } from '../../../ejournal/identity/v1/PersonNames';
import type { PupilNames as _ejournal_identity_v1_PupilNames, PupilNames__Output as _ejournal_identity_v1_PupilNames__Output } from '../../../ejournal/identity/v1/PupilNames';
import type { RedeemInvitationRequest as _ejournal_identity_v1_RedeemInvitationRequest, RedeemInvitationRequest__Output as _ejournal_identity_v1_RedeemInvitationRequest__Output } from '../../../ejournal/identity/v1/RedeemInvitationRequest';
import type { RefreshSessionRequest as _ejournal_identity_v1_RefreshSessionRequest, RefreshSessionRequest__Output as _ejournal_identity_v1_RefreshSessionRequest__Output } from '../../../ejournal/identity/v1/RefreshSessionRequest';
import type { RemoveGrantRequest as _ejournal_identity_v1_RemoveGrantRequest, RemoveGrantRequest__Output as _ejournal_identity_v1_RemoveGrantRequest__Output } from '../../../ejournal/identity/v1/RemoveGrantRequest';
import type { ResetPasswordRequest as _ejournal_identity_v1_ResetPasswordRequest, ResetPasswordRequest__Output as _ejournal_identity_v1_ResetPasswordRequest__Output } from '../../../ejournal/identity/v1/ResetPasswordRequest';
import type { Revocations as _ejournal_identity_v1_Revocations, Revocations__Output as _ejournal_identity_v1_Revocations__Output } from '../../../ejournal/identity/v1/Revocations';
import type { RevokeAccountRequest as _ejournal_identity_v1_RevokeAccountRequest, RevokeAccountRequest__Output as _ejournal_identity_v1_RevokeAccountRequest__Output } from '../../../ejournal/identity/v1/RevokeAccountRequest';
import type { RevokeInterestedPersonRequest as _ejournal_identity_v1_RevokeInterestedPersonRequest, RevokeInterestedPersonRequest__Output as _ejournal_identity_v1_RevokeInterestedPersonRequest__Output } from '../../../ejournal/identity/v1/RevokeInterestedPersonRequest';
import type { RevokeInterestedPersonResponse as _ejournal_identity_v1_RevokeInterestedPersonResponse, RevokeInterestedPersonResponse__Output as _ejournal_identity_v1_RevokeInterestedPersonResponse__Output } from '../../../ejournal/identity/v1/RevokeInterestedPersonResponse';
import type { RotateSigningKeyRequest as _ejournal_identity_v1_RotateSigningKeyRequest, RotateSigningKeyRequest__Output as _ejournal_identity_v1_RotateSigningKeyRequest__Output } from '../../../ejournal/identity/v1/RotateSigningKeyRequest';
import type { SchoolDirectory as _ejournal_identity_v1_SchoolDirectory, SchoolDirectory__Output as _ejournal_identity_v1_SchoolDirectory__Output } from '../../../ejournal/identity/v1/SchoolDirectory';
import type { Session as _ejournal_identity_v1_Session, Session__Output as _ejournal_identity_v1_Session__Output } from '../../../ejournal/identity/v1/Session';
import type { SignOnDescription as _ejournal_identity_v1_SignOnDescription, SignOnDescription__Output as _ejournal_identity_v1_SignOnDescription__Output } from '../../../ejournal/identity/v1/SignOnDescription';
import type { SigningKeys as _ejournal_identity_v1_SigningKeys, SigningKeys__Output as _ejournal_identity_v1_SigningKeys__Output } from '../../../ejournal/identity/v1/SigningKeys';
import type { SsoAuthorization as _ejournal_identity_v1_SsoAuthorization, SsoAuthorization__Output as _ejournal_identity_v1_SsoAuthorization__Output } from '../../../ejournal/identity/v1/SsoAuthorization';
import type { UnlockAccountRequest as _ejournal_identity_v1_UnlockAccountRequest, UnlockAccountRequest__Output as _ejournal_identity_v1_UnlockAccountRequest__Output } from '../../../ejournal/identity/v1/UnlockAccountRequest';
import type { UpdatePersonRequest as _ejournal_identity_v1_UpdatePersonRequest, UpdatePersonRequest__Output as _ejournal_identity_v1_UpdatePersonRequest__Output } from '../../../ejournal/identity/v1/UpdatePersonRequest';

export interface IdentityServiceClient extends grpc.Client {
  BeginSsoLink(argument: _ejournal_identity_v1_BeginSsoLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SsoAuthorization__Output>): grpc.ClientUnaryCall;
  BeginSsoLink(argument: _ejournal_identity_v1_BeginSsoLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_SsoAuthorization__Output>): grpc.ClientUnaryCall;
  BeginSsoLink(argument: _ejournal_identity_v1_BeginSsoLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SsoAuthorization__Output>): grpc.ClientUnaryCall;
  BeginSsoLink(argument: _ejournal_identity_v1_BeginSsoLinkRequest, callback: grpc.requestCallback<_ejournal_identity_v1_SsoAuthorization__Output>): grpc.ClientUnaryCall;
  beginSsoLink(argument: _ejournal_identity_v1_BeginSsoLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SsoAuthorization__Output>): grpc.ClientUnaryCall;
  beginSsoLink(argument: _ejournal_identity_v1_BeginSsoLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_SsoAuthorization__Output>): grpc.ClientUnaryCall;
  beginSsoLink(argument: _ejournal_identity_v1_BeginSsoLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SsoAuthorization__Output>): grpc.ClientUnaryCall;
  beginSsoLink(argument: _ejournal_identity_v1_BeginSsoLinkRequest, callback: grpc.requestCallback<_ejournal_identity_v1_SsoAuthorization__Output>): grpc.ClientUnaryCall;
  
  BeginSsoLogin(argument: _ejournal_identity_v1_BeginSsoLoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SsoAuthorization__Output>): grpc.ClientUnaryCall;
  BeginSsoLogin(argument: _ejournal_identity_v1_BeginSsoLoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_SsoAuthorization__Output>): grpc.ClientUnaryCall;
  BeginSsoLogin(argument: _ejournal_identity_v1_BeginSsoLoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SsoAuthorization__Output>): grpc.ClientUnaryCall;
  BeginSsoLogin(argument: _ejournal_identity_v1_BeginSsoLoginRequest, callback: grpc.requestCallback<_ejournal_identity_v1_SsoAuthorization__Output>): grpc.ClientUnaryCall;
  beginSsoLogin(argument: _ejournal_identity_v1_BeginSsoLoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SsoAuthorization__Output>): grpc.ClientUnaryCall;
  beginSsoLogin(argument: _ejournal_identity_v1_BeginSsoLoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_SsoAuthorization__Output>): grpc.ClientUnaryCall;
  beginSsoLogin(argument: _ejournal_identity_v1_BeginSsoLoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SsoAuthorization__Output>): grpc.ClientUnaryCall;
  beginSsoLogin(argument: _ejournal_identity_v1_BeginSsoLoginRequest, callback: grpc.requestCallback<_ejournal_identity_v1_SsoAuthorization__Output>): grpc.ClientUnaryCall;
  
  ChangePassword(argument: _ejournal_identity_v1_ChangePasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _ejournal_identity_v1_ChangePasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _ejournal_identity_v1_ChangePasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _ejournal_identity_v1_ChangePasswordRequest, callback: grpc.requestCallback<_ejournal_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _ejournal_identity_v1_ChangePasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _ejournal_identity_v1_ChangePasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _ejournal_identity_v1_ChangePasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _ejournal_identity_v1_ChangePasswordRequest, callback: grpc.requestCallback<_ejournal_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  
  CheckPeople(argument: _ejournal_identity_v1_CheckPeopleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_CheckedPeople__Output>): grpc.ClientUnaryCall;
  CheckPeople(argument: _ejournal_identity_v1_CheckPeopleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_CheckedPeople__Output>): grpc.ClientUnaryCall;
  CheckPeople(argument: _ejournal_identity_v1_CheckPeopleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_CheckedPeople__Output>): grpc.ClientUnaryCall;
  CheckPeople(argument: _ejournal_identity_v1_CheckPeopleRequest, callback: grpc.requestCallback<_ejournal_identity_v1_CheckedPeople__Output>): grpc.ClientUnaryCall;
  checkPeople(argument: _ejournal_identity_v1_CheckPeopleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_CheckedPeople__Output>): grpc.ClientUnaryCall;
  checkPeople(argument: _ejournal_identity_v1_CheckPeopleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_CheckedPeople__Output>): grpc.ClientUnaryCall;
  checkPeople(argument: _ejournal_identity_v1_CheckPeopleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_CheckedPeople__Output>): grpc.ClientUnaryCall;
  checkPeople(argument: _ejournal_identity_v1_CheckPeopleRequest, callback: grpc.requestCallback<_ejournal_identity_v1_CheckedPeople__Output>): grpc.ClientUnaryCall;
  
  CompletePasswordReset(argument: _ejournal_identity_v1_CompletePasswordResetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  CompletePasswordReset(argument: _ejournal_identity_v1_CompletePasswordResetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  CompletePasswordReset(argument: _ejournal_identity_v1_CompletePasswordResetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  CompletePasswordReset(argument: _ejournal_identity_v1_CompletePasswordResetRequest, callback: grpc.requestCallback<_ejournal_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  completePasswordReset(argument: _ejournal_identity_v1_CompletePasswordResetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  completePasswordReset(argument: _ejournal_identity_v1_CompletePasswordResetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  completePasswordReset(argument: _ejournal_identity_v1_CompletePasswordResetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  completePasswordReset(argument: _ejournal_identity_v1_CompletePasswordResetRequest, callback: grpc.requestCallback<_ejournal_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  
  CompleteSsoLogin(argument: _ejournal_identity_v1_CompleteSsoLoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  CompleteSsoLogin(argument: _ejournal_identity_v1_CompleteSsoLoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  CompleteSsoLogin(argument: _ejournal_identity_v1_CompleteSsoLoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  CompleteSsoLogin(argument: _ejournal_identity_v1_CompleteSsoLoginRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  completeSsoLogin(argument: _ejournal_identity_v1_CompleteSsoLoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  completeSsoLogin(argument: _ejournal_identity_v1_CompleteSsoLoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  completeSsoLogin(argument: _ejournal_identity_v1_CompleteSsoLoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  completeSsoLogin(argument: _ejournal_identity_v1_CompleteSsoLoginRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  
  ConfirmGuardian(argument: _ejournal_identity_v1_ConfirmGuardianRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  ConfirmGuardian(argument: _ejournal_identity_v1_ConfirmGuardianRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  ConfirmGuardian(argument: _ejournal_identity_v1_ConfirmGuardianRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  ConfirmGuardian(argument: _ejournal_identity_v1_ConfirmGuardianRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  confirmGuardian(argument: _ejournal_identity_v1_ConfirmGuardianRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  confirmGuardian(argument: _ejournal_identity_v1_ConfirmGuardianRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  confirmGuardian(argument: _ejournal_identity_v1_ConfirmGuardianRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  confirmGuardian(argument: _ejournal_identity_v1_ConfirmGuardianRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  
  CreatePerson(argument: _ejournal_identity_v1_CreatePersonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PersonCreated__Output>): grpc.ClientUnaryCall;
  CreatePerson(argument: _ejournal_identity_v1_CreatePersonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_PersonCreated__Output>): grpc.ClientUnaryCall;
  CreatePerson(argument: _ejournal_identity_v1_CreatePersonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PersonCreated__Output>): grpc.ClientUnaryCall;
  CreatePerson(argument: _ejournal_identity_v1_CreatePersonRequest, callback: grpc.requestCallback<_ejournal_identity_v1_PersonCreated__Output>): grpc.ClientUnaryCall;
  createPerson(argument: _ejournal_identity_v1_CreatePersonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PersonCreated__Output>): grpc.ClientUnaryCall;
  createPerson(argument: _ejournal_identity_v1_CreatePersonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_PersonCreated__Output>): grpc.ClientUnaryCall;
  createPerson(argument: _ejournal_identity_v1_CreatePersonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PersonCreated__Output>): grpc.ClientUnaryCall;
  createPerson(argument: _ejournal_identity_v1_CreatePersonRequest, callback: grpc.requestCallback<_ejournal_identity_v1_PersonCreated__Output>): grpc.ClientUnaryCall;
  
  DescribeSignOn(argument: _ejournal_identity_v1_DescribeSignOnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SignOnDescription__Output>): grpc.ClientUnaryCall;
  DescribeSignOn(argument: _ejournal_identity_v1_DescribeSignOnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_SignOnDescription__Output>): grpc.ClientUnaryCall;
  DescribeSignOn(argument: _ejournal_identity_v1_DescribeSignOnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SignOnDescription__Output>): grpc.ClientUnaryCall;
  DescribeSignOn(argument: _ejournal_identity_v1_DescribeSignOnRequest, callback: grpc.requestCallback<_ejournal_identity_v1_SignOnDescription__Output>): grpc.ClientUnaryCall;
  describeSignOn(argument: _ejournal_identity_v1_DescribeSignOnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SignOnDescription__Output>): grpc.ClientUnaryCall;
  describeSignOn(argument: _ejournal_identity_v1_DescribeSignOnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_SignOnDescription__Output>): grpc.ClientUnaryCall;
  describeSignOn(argument: _ejournal_identity_v1_DescribeSignOnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SignOnDescription__Output>): grpc.ClientUnaryCall;
  describeSignOn(argument: _ejournal_identity_v1_DescribeSignOnRequest, callback: grpc.requestCallback<_ejournal_identity_v1_SignOnDescription__Output>): grpc.ClientUnaryCall;
  
  EndSession(argument: _ejournal_identity_v1_EndSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  EndSession(argument: _ejournal_identity_v1_EndSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  EndSession(argument: _ejournal_identity_v1_EndSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  EndSession(argument: _ejournal_identity_v1_EndSessionRequest, callback: grpc.requestCallback<_ejournal_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  endSession(argument: _ejournal_identity_v1_EndSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  endSession(argument: _ejournal_identity_v1_EndSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  endSession(argument: _ejournal_identity_v1_EndSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  endSession(argument: _ejournal_identity_v1_EndSessionRequest, callback: grpc.requestCallback<_ejournal_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  
  GetContactAddresses(argument: _ejournal_identity_v1_GetContactAddressesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_ContactAddresses__Output>): grpc.ClientUnaryCall;
  GetContactAddresses(argument: _ejournal_identity_v1_GetContactAddressesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_ContactAddresses__Output>): grpc.ClientUnaryCall;
  GetContactAddresses(argument: _ejournal_identity_v1_GetContactAddressesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_ContactAddresses__Output>): grpc.ClientUnaryCall;
  GetContactAddresses(argument: _ejournal_identity_v1_GetContactAddressesRequest, callback: grpc.requestCallback<_ejournal_identity_v1_ContactAddresses__Output>): grpc.ClientUnaryCall;
  getContactAddresses(argument: _ejournal_identity_v1_GetContactAddressesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_ContactAddresses__Output>): grpc.ClientUnaryCall;
  getContactAddresses(argument: _ejournal_identity_v1_GetContactAddressesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_ContactAddresses__Output>): grpc.ClientUnaryCall;
  getContactAddresses(argument: _ejournal_identity_v1_GetContactAddressesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_ContactAddresses__Output>): grpc.ClientUnaryCall;
  getContactAddresses(argument: _ejournal_identity_v1_GetContactAddressesRequest, callback: grpc.requestCallback<_ejournal_identity_v1_ContactAddresses__Output>): grpc.ClientUnaryCall;
  
  GetKnownSchool(argument: _ejournal_identity_v1_GetKnownSchoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_KnownSchool__Output>): grpc.ClientUnaryCall;
  GetKnownSchool(argument: _ejournal_identity_v1_GetKnownSchoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_KnownSchool__Output>): grpc.ClientUnaryCall;
  GetKnownSchool(argument: _ejournal_identity_v1_GetKnownSchoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_KnownSchool__Output>): grpc.ClientUnaryCall;
  GetKnownSchool(argument: _ejournal_identity_v1_GetKnownSchoolRequest, callback: grpc.requestCallback<_ejournal_identity_v1_KnownSchool__Output>): grpc.ClientUnaryCall;
  getKnownSchool(argument: _ejournal_identity_v1_GetKnownSchoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_KnownSchool__Output>): grpc.ClientUnaryCall;
  getKnownSchool(argument: _ejournal_identity_v1_GetKnownSchoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_KnownSchool__Output>): grpc.ClientUnaryCall;
  getKnownSchool(argument: _ejournal_identity_v1_GetKnownSchoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_KnownSchool__Output>): grpc.ClientUnaryCall;
  getKnownSchool(argument: _ejournal_identity_v1_GetKnownSchoolRequest, callback: grpc.requestCallback<_ejournal_identity_v1_KnownSchool__Output>): grpc.ClientUnaryCall;
  
  GetPerson(argument: _ejournal_identity_v1_GetPersonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Person__Output>): grpc.ClientUnaryCall;
  GetPerson(argument: _ejournal_identity_v1_GetPersonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Person__Output>): grpc.ClientUnaryCall;
  GetPerson(argument: _ejournal_identity_v1_GetPersonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Person__Output>): grpc.ClientUnaryCall;
  GetPerson(argument: _ejournal_identity_v1_GetPersonRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Person__Output>): grpc.ClientUnaryCall;
  getPerson(argument: _ejournal_identity_v1_GetPersonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Person__Output>): grpc.ClientUnaryCall;
  getPerson(argument: _ejournal_identity_v1_GetPersonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Person__Output>): grpc.ClientUnaryCall;
  getPerson(argument: _ejournal_identity_v1_GetPersonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Person__Output>): grpc.ClientUnaryCall;
  getPerson(argument: _ejournal_identity_v1_GetPersonRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Person__Output>): grpc.ClientUnaryCall;
  
  GetPersonNames(argument: _ejournal_identity_v1_GetPersonNamesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PersonNames__Output>): grpc.ClientUnaryCall;
  GetPersonNames(argument: _ejournal_identity_v1_GetPersonNamesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_PersonNames__Output>): grpc.ClientUnaryCall;
  GetPersonNames(argument: _ejournal_identity_v1_GetPersonNamesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PersonNames__Output>): grpc.ClientUnaryCall;
  GetPersonNames(argument: _ejournal_identity_v1_GetPersonNamesRequest, callback: grpc.requestCallback<_ejournal_identity_v1_PersonNames__Output>): grpc.ClientUnaryCall;
  getPersonNames(argument: _ejournal_identity_v1_GetPersonNamesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PersonNames__Output>): grpc.ClientUnaryCall;
  getPersonNames(argument: _ejournal_identity_v1_GetPersonNamesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_PersonNames__Output>): grpc.ClientUnaryCall;
  getPersonNames(argument: _ejournal_identity_v1_GetPersonNamesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PersonNames__Output>): grpc.ClientUnaryCall;
  getPersonNames(argument: _ejournal_identity_v1_GetPersonNamesRequest, callback: grpc.requestCallback<_ejournal_identity_v1_PersonNames__Output>): grpc.ClientUnaryCall;
  
  GetSchoolDirectory(argument: _ejournal_identity_v1_GetSchoolDirectoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SchoolDirectory__Output>): grpc.ClientUnaryCall;
  GetSchoolDirectory(argument: _ejournal_identity_v1_GetSchoolDirectoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_SchoolDirectory__Output>): grpc.ClientUnaryCall;
  GetSchoolDirectory(argument: _ejournal_identity_v1_GetSchoolDirectoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SchoolDirectory__Output>): grpc.ClientUnaryCall;
  GetSchoolDirectory(argument: _ejournal_identity_v1_GetSchoolDirectoryRequest, callback: grpc.requestCallback<_ejournal_identity_v1_SchoolDirectory__Output>): grpc.ClientUnaryCall;
  getSchoolDirectory(argument: _ejournal_identity_v1_GetSchoolDirectoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SchoolDirectory__Output>): grpc.ClientUnaryCall;
  getSchoolDirectory(argument: _ejournal_identity_v1_GetSchoolDirectoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_SchoolDirectory__Output>): grpc.ClientUnaryCall;
  getSchoolDirectory(argument: _ejournal_identity_v1_GetSchoolDirectoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SchoolDirectory__Output>): grpc.ClientUnaryCall;
  getSchoolDirectory(argument: _ejournal_identity_v1_GetSchoolDirectoryRequest, callback: grpc.requestCallback<_ejournal_identity_v1_SchoolDirectory__Output>): grpc.ClientUnaryCall;
  
  GetSigningKeys(argument: _ejournal_identity_v1_GetSigningKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SigningKeys__Output>): grpc.ClientUnaryCall;
  GetSigningKeys(argument: _ejournal_identity_v1_GetSigningKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_SigningKeys__Output>): grpc.ClientUnaryCall;
  GetSigningKeys(argument: _ejournal_identity_v1_GetSigningKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SigningKeys__Output>): grpc.ClientUnaryCall;
  GetSigningKeys(argument: _ejournal_identity_v1_GetSigningKeysRequest, callback: grpc.requestCallback<_ejournal_identity_v1_SigningKeys__Output>): grpc.ClientUnaryCall;
  getSigningKeys(argument: _ejournal_identity_v1_GetSigningKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SigningKeys__Output>): grpc.ClientUnaryCall;
  getSigningKeys(argument: _ejournal_identity_v1_GetSigningKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_SigningKeys__Output>): grpc.ClientUnaryCall;
  getSigningKeys(argument: _ejournal_identity_v1_GetSigningKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SigningKeys__Output>): grpc.ClientUnaryCall;
  getSigningKeys(argument: _ejournal_identity_v1_GetSigningKeysRequest, callback: grpc.requestCallback<_ejournal_identity_v1_SigningKeys__Output>): grpc.ClientUnaryCall;
  
  GrantRole(argument: _ejournal_identity_v1_GrantRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  GrantRole(argument: _ejournal_identity_v1_GrantRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  GrantRole(argument: _ejournal_identity_v1_GrantRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  GrantRole(argument: _ejournal_identity_v1_GrantRoleRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  grantRole(argument: _ejournal_identity_v1_GrantRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  grantRole(argument: _ejournal_identity_v1_GrantRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  grantRole(argument: _ejournal_identity_v1_GrantRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  grantRole(argument: _ejournal_identity_v1_GrantRoleRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  
  ImportPeople(argument: _ejournal_identity_v1_ImportPeopleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  ImportPeople(argument: _ejournal_identity_v1_ImportPeopleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  ImportPeople(argument: _ejournal_identity_v1_ImportPeopleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  ImportPeople(argument: _ejournal_identity_v1_ImportPeopleRequest, callback: grpc.requestCallback<_ejournal_identity_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  importPeople(argument: _ejournal_identity_v1_ImportPeopleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  importPeople(argument: _ejournal_identity_v1_ImportPeopleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  importPeople(argument: _ejournal_identity_v1_ImportPeopleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  importPeople(argument: _ejournal_identity_v1_ImportPeopleRequest, callback: grpc.requestCallback<_ejournal_identity_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  
  IssueInvitation(argument: _ejournal_identity_v1_IssueInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  IssueInvitation(argument: _ejournal_identity_v1_IssueInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  IssueInvitation(argument: _ejournal_identity_v1_IssueInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  IssueInvitation(argument: _ejournal_identity_v1_IssueInvitationRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  issueInvitation(argument: _ejournal_identity_v1_IssueInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  issueInvitation(argument: _ejournal_identity_v1_IssueInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  issueInvitation(argument: _ejournal_identity_v1_IssueInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  issueInvitation(argument: _ejournal_identity_v1_IssueInvitationRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  
  ListAudit(argument: _ejournal_identity_v1_ListAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_AuditEntries__Output>): grpc.ClientUnaryCall;
  ListAudit(argument: _ejournal_identity_v1_ListAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_AuditEntries__Output>): grpc.ClientUnaryCall;
  ListAudit(argument: _ejournal_identity_v1_ListAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_AuditEntries__Output>): grpc.ClientUnaryCall;
  ListAudit(argument: _ejournal_identity_v1_ListAuditRequest, callback: grpc.requestCallback<_ejournal_identity_v1_AuditEntries__Output>): grpc.ClientUnaryCall;
  listAudit(argument: _ejournal_identity_v1_ListAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_AuditEntries__Output>): grpc.ClientUnaryCall;
  listAudit(argument: _ejournal_identity_v1_ListAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_AuditEntries__Output>): grpc.ClientUnaryCall;
  listAudit(argument: _ejournal_identity_v1_ListAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_AuditEntries__Output>): grpc.ClientUnaryCall;
  listAudit(argument: _ejournal_identity_v1_ListAuditRequest, callback: grpc.requestCallback<_ejournal_identity_v1_AuditEntries__Output>): grpc.ClientUnaryCall;
  
  ListInvitations(argument: _ejournal_identity_v1_ListInvitationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Invitations__Output>): grpc.ClientUnaryCall;
  ListInvitations(argument: _ejournal_identity_v1_ListInvitationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Invitations__Output>): grpc.ClientUnaryCall;
  ListInvitations(argument: _ejournal_identity_v1_ListInvitationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Invitations__Output>): grpc.ClientUnaryCall;
  ListInvitations(argument: _ejournal_identity_v1_ListInvitationsRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Invitations__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _ejournal_identity_v1_ListInvitationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Invitations__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _ejournal_identity_v1_ListInvitationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Invitations__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _ejournal_identity_v1_ListInvitationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Invitations__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _ejournal_identity_v1_ListInvitationsRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Invitations__Output>): grpc.ClientUnaryCall;
  
  ListPeople(argument: _ejournal_identity_v1_ListPeopleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PeopleList__Output>): grpc.ClientUnaryCall;
  ListPeople(argument: _ejournal_identity_v1_ListPeopleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_PeopleList__Output>): grpc.ClientUnaryCall;
  ListPeople(argument: _ejournal_identity_v1_ListPeopleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PeopleList__Output>): grpc.ClientUnaryCall;
  ListPeople(argument: _ejournal_identity_v1_ListPeopleRequest, callback: grpc.requestCallback<_ejournal_identity_v1_PeopleList__Output>): grpc.ClientUnaryCall;
  listPeople(argument: _ejournal_identity_v1_ListPeopleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PeopleList__Output>): grpc.ClientUnaryCall;
  listPeople(argument: _ejournal_identity_v1_ListPeopleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_PeopleList__Output>): grpc.ClientUnaryCall;
  listPeople(argument: _ejournal_identity_v1_ListPeopleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PeopleList__Output>): grpc.ClientUnaryCall;
  listPeople(argument: _ejournal_identity_v1_ListPeopleRequest, callback: grpc.requestCallback<_ejournal_identity_v1_PeopleList__Output>): grpc.ClientUnaryCall;
  
  ListPupilNames(argument: _ejournal_identity_v1_ListPupilNamesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PupilNames__Output>): grpc.ClientUnaryCall;
  ListPupilNames(argument: _ejournal_identity_v1_ListPupilNamesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_PupilNames__Output>): grpc.ClientUnaryCall;
  ListPupilNames(argument: _ejournal_identity_v1_ListPupilNamesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PupilNames__Output>): grpc.ClientUnaryCall;
  ListPupilNames(argument: _ejournal_identity_v1_ListPupilNamesRequest, callback: grpc.requestCallback<_ejournal_identity_v1_PupilNames__Output>): grpc.ClientUnaryCall;
  listPupilNames(argument: _ejournal_identity_v1_ListPupilNamesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PupilNames__Output>): grpc.ClientUnaryCall;
  listPupilNames(argument: _ejournal_identity_v1_ListPupilNamesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_PupilNames__Output>): grpc.ClientUnaryCall;
  listPupilNames(argument: _ejournal_identity_v1_ListPupilNamesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PupilNames__Output>): grpc.ClientUnaryCall;
  listPupilNames(argument: _ejournal_identity_v1_ListPupilNamesRequest, callback: grpc.requestCallback<_ejournal_identity_v1_PupilNames__Output>): grpc.ClientUnaryCall;
  
  ListRevocations(argument: _ejournal_identity_v1_ListRevocationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Revocations__Output>): grpc.ClientUnaryCall;
  ListRevocations(argument: _ejournal_identity_v1_ListRevocationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Revocations__Output>): grpc.ClientUnaryCall;
  ListRevocations(argument: _ejournal_identity_v1_ListRevocationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Revocations__Output>): grpc.ClientUnaryCall;
  ListRevocations(argument: _ejournal_identity_v1_ListRevocationsRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Revocations__Output>): grpc.ClientUnaryCall;
  listRevocations(argument: _ejournal_identity_v1_ListRevocationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Revocations__Output>): grpc.ClientUnaryCall;
  listRevocations(argument: _ejournal_identity_v1_ListRevocationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Revocations__Output>): grpc.ClientUnaryCall;
  listRevocations(argument: _ejournal_identity_v1_ListRevocationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Revocations__Output>): grpc.ClientUnaryCall;
  listRevocations(argument: _ejournal_identity_v1_ListRevocationsRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Revocations__Output>): grpc.ClientUnaryCall;
  
  Login(argument: _ejournal_identity_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  Login(argument: _ejournal_identity_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  Login(argument: _ejournal_identity_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  Login(argument: _ejournal_identity_v1_LoginRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  login(argument: _ejournal_identity_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  login(argument: _ejournal_identity_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  login(argument: _ejournal_identity_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  login(argument: _ejournal_identity_v1_LoginRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  
  RedeemInvitation(argument: _ejournal_identity_v1_RedeemInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  RedeemInvitation(argument: _ejournal_identity_v1_RedeemInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  RedeemInvitation(argument: _ejournal_identity_v1_RedeemInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  RedeemInvitation(argument: _ejournal_identity_v1_RedeemInvitationRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  redeemInvitation(argument: _ejournal_identity_v1_RedeemInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  redeemInvitation(argument: _ejournal_identity_v1_RedeemInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  redeemInvitation(argument: _ejournal_identity_v1_RedeemInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  redeemInvitation(argument: _ejournal_identity_v1_RedeemInvitationRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  
  RefreshSession(argument: _ejournal_identity_v1_RefreshSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  RefreshSession(argument: _ejournal_identity_v1_RefreshSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  RefreshSession(argument: _ejournal_identity_v1_RefreshSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  RefreshSession(argument: _ejournal_identity_v1_RefreshSessionRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  refreshSession(argument: _ejournal_identity_v1_RefreshSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  refreshSession(argument: _ejournal_identity_v1_RefreshSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  refreshSession(argument: _ejournal_identity_v1_RefreshSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  refreshSession(argument: _ejournal_identity_v1_RefreshSessionRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  
  RemoveGrant(argument: _ejournal_identity_v1_RemoveGrantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  RemoveGrant(argument: _ejournal_identity_v1_RemoveGrantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  RemoveGrant(argument: _ejournal_identity_v1_RemoveGrantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  RemoveGrant(argument: _ejournal_identity_v1_RemoveGrantRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  removeGrant(argument: _ejournal_identity_v1_RemoveGrantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  removeGrant(argument: _ejournal_identity_v1_RemoveGrantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  removeGrant(argument: _ejournal_identity_v1_RemoveGrantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  removeGrant(argument: _ejournal_identity_v1_RemoveGrantRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  
  ResetPassword(argument: _ejournal_identity_v1_ResetPasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PasswordReset__Output>): grpc.ClientUnaryCall;
  ResetPassword(argument: _ejournal_identity_v1_ResetPasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_PasswordReset__Output>): grpc.ClientUnaryCall;
  ResetPassword(argument: _ejournal_identity_v1_ResetPasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PasswordReset__Output>): grpc.ClientUnaryCall;
  ResetPassword(argument: _ejournal_identity_v1_ResetPasswordRequest, callback: grpc.requestCallback<_ejournal_identity_v1_PasswordReset__Output>): grpc.ClientUnaryCall;
  resetPassword(argument: _ejournal_identity_v1_ResetPasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PasswordReset__Output>): grpc.ClientUnaryCall;
  resetPassword(argument: _ejournal_identity_v1_ResetPasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_PasswordReset__Output>): grpc.ClientUnaryCall;
  resetPassword(argument: _ejournal_identity_v1_ResetPasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_PasswordReset__Output>): grpc.ClientUnaryCall;
  resetPassword(argument: _ejournal_identity_v1_ResetPasswordRequest, callback: grpc.requestCallback<_ejournal_identity_v1_PasswordReset__Output>): grpc.ClientUnaryCall;
  
  RevokeAccount(argument: _ejournal_identity_v1_RevokeAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  RevokeAccount(argument: _ejournal_identity_v1_RevokeAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  RevokeAccount(argument: _ejournal_identity_v1_RevokeAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  RevokeAccount(argument: _ejournal_identity_v1_RevokeAccountRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  revokeAccount(argument: _ejournal_identity_v1_RevokeAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  revokeAccount(argument: _ejournal_identity_v1_RevokeAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  revokeAccount(argument: _ejournal_identity_v1_RevokeAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  revokeAccount(argument: _ejournal_identity_v1_RevokeAccountRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  
  RevokeInterestedPerson(argument: _ejournal_identity_v1_RevokeInterestedPersonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_RevokeInterestedPersonResponse__Output>): grpc.ClientUnaryCall;
  RevokeInterestedPerson(argument: _ejournal_identity_v1_RevokeInterestedPersonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_RevokeInterestedPersonResponse__Output>): grpc.ClientUnaryCall;
  RevokeInterestedPerson(argument: _ejournal_identity_v1_RevokeInterestedPersonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_RevokeInterestedPersonResponse__Output>): grpc.ClientUnaryCall;
  RevokeInterestedPerson(argument: _ejournal_identity_v1_RevokeInterestedPersonRequest, callback: grpc.requestCallback<_ejournal_identity_v1_RevokeInterestedPersonResponse__Output>): grpc.ClientUnaryCall;
  revokeInterestedPerson(argument: _ejournal_identity_v1_RevokeInterestedPersonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_RevokeInterestedPersonResponse__Output>): grpc.ClientUnaryCall;
  revokeInterestedPerson(argument: _ejournal_identity_v1_RevokeInterestedPersonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_RevokeInterestedPersonResponse__Output>): grpc.ClientUnaryCall;
  revokeInterestedPerson(argument: _ejournal_identity_v1_RevokeInterestedPersonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_RevokeInterestedPersonResponse__Output>): grpc.ClientUnaryCall;
  revokeInterestedPerson(argument: _ejournal_identity_v1_RevokeInterestedPersonRequest, callback: grpc.requestCallback<_ejournal_identity_v1_RevokeInterestedPersonResponse__Output>): grpc.ClientUnaryCall;
  
  RotateSigningKey(argument: _ejournal_identity_v1_RotateSigningKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SigningKeys__Output>): grpc.ClientUnaryCall;
  RotateSigningKey(argument: _ejournal_identity_v1_RotateSigningKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_SigningKeys__Output>): grpc.ClientUnaryCall;
  RotateSigningKey(argument: _ejournal_identity_v1_RotateSigningKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SigningKeys__Output>): grpc.ClientUnaryCall;
  RotateSigningKey(argument: _ejournal_identity_v1_RotateSigningKeyRequest, callback: grpc.requestCallback<_ejournal_identity_v1_SigningKeys__Output>): grpc.ClientUnaryCall;
  rotateSigningKey(argument: _ejournal_identity_v1_RotateSigningKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SigningKeys__Output>): grpc.ClientUnaryCall;
  rotateSigningKey(argument: _ejournal_identity_v1_RotateSigningKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_SigningKeys__Output>): grpc.ClientUnaryCall;
  rotateSigningKey(argument: _ejournal_identity_v1_RotateSigningKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_SigningKeys__Output>): grpc.ClientUnaryCall;
  rotateSigningKey(argument: _ejournal_identity_v1_RotateSigningKeyRequest, callback: grpc.requestCallback<_ejournal_identity_v1_SigningKeys__Output>): grpc.ClientUnaryCall;
  
  UnlockAccount(argument: _ejournal_identity_v1_UnlockAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  UnlockAccount(argument: _ejournal_identity_v1_UnlockAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  UnlockAccount(argument: _ejournal_identity_v1_UnlockAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  UnlockAccount(argument: _ejournal_identity_v1_UnlockAccountRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  unlockAccount(argument: _ejournal_identity_v1_UnlockAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  unlockAccount(argument: _ejournal_identity_v1_UnlockAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  unlockAccount(argument: _ejournal_identity_v1_UnlockAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  unlockAccount(argument: _ejournal_identity_v1_UnlockAccountRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  
  UpdatePerson(argument: _ejournal_identity_v1_UpdatePersonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Person__Output>): grpc.ClientUnaryCall;
  UpdatePerson(argument: _ejournal_identity_v1_UpdatePersonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Person__Output>): grpc.ClientUnaryCall;
  UpdatePerson(argument: _ejournal_identity_v1_UpdatePersonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Person__Output>): grpc.ClientUnaryCall;
  UpdatePerson(argument: _ejournal_identity_v1_UpdatePersonRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Person__Output>): grpc.ClientUnaryCall;
  updatePerson(argument: _ejournal_identity_v1_UpdatePersonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Person__Output>): grpc.ClientUnaryCall;
  updatePerson(argument: _ejournal_identity_v1_UpdatePersonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_Person__Output>): grpc.ClientUnaryCall;
  updatePerson(argument: _ejournal_identity_v1_UpdatePersonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_Person__Output>): grpc.ClientUnaryCall;
  updatePerson(argument: _ejournal_identity_v1_UpdatePersonRequest, callback: grpc.requestCallback<_ejournal_identity_v1_Person__Output>): grpc.ClientUnaryCall;
  
}

export interface IdentityServiceHandlers extends grpc.UntypedServiceImplementation {
  BeginSsoLink: grpc.handleUnaryCall<_ejournal_identity_v1_BeginSsoLinkRequest__Output, _ejournal_identity_v1_SsoAuthorization>;
  
  BeginSsoLogin: grpc.handleUnaryCall<_ejournal_identity_v1_BeginSsoLoginRequest__Output, _ejournal_identity_v1_SsoAuthorization>;
  
  ChangePassword: grpc.handleUnaryCall<_ejournal_identity_v1_ChangePasswordRequest__Output, _ejournal_identity_v1_ChangePasswordResponse>;
  
  CheckPeople: grpc.handleUnaryCall<_ejournal_identity_v1_CheckPeopleRequest__Output, _ejournal_identity_v1_CheckedPeople>;
  
  CompletePasswordReset: grpc.handleUnaryCall<_ejournal_identity_v1_CompletePasswordResetRequest__Output, _ejournal_identity_v1_ChangePasswordResponse>;
  
  CompleteSsoLogin: grpc.handleUnaryCall<_ejournal_identity_v1_CompleteSsoLoginRequest__Output, _ejournal_identity_v1_Session>;
  
  ConfirmGuardian: grpc.handleUnaryCall<_ejournal_identity_v1_ConfirmGuardianRequest__Output, _ejournal_identity_v1_Invitation>;
  
  CreatePerson: grpc.handleUnaryCall<_ejournal_identity_v1_CreatePersonRequest__Output, _ejournal_identity_v1_PersonCreated>;
  
  DescribeSignOn: grpc.handleUnaryCall<_ejournal_identity_v1_DescribeSignOnRequest__Output, _ejournal_identity_v1_SignOnDescription>;
  
  EndSession: grpc.handleUnaryCall<_ejournal_identity_v1_EndSessionRequest__Output, _ejournal_identity_v1_EndSessionResponse>;
  
  GetContactAddresses: grpc.handleUnaryCall<_ejournal_identity_v1_GetContactAddressesRequest__Output, _ejournal_identity_v1_ContactAddresses>;
  
  GetKnownSchool: grpc.handleUnaryCall<_ejournal_identity_v1_GetKnownSchoolRequest__Output, _ejournal_identity_v1_KnownSchool>;
  
  GetPerson: grpc.handleUnaryCall<_ejournal_identity_v1_GetPersonRequest__Output, _ejournal_identity_v1_Person>;
  
  GetPersonNames: grpc.handleUnaryCall<_ejournal_identity_v1_GetPersonNamesRequest__Output, _ejournal_identity_v1_PersonNames>;
  
  GetSchoolDirectory: grpc.handleUnaryCall<_ejournal_identity_v1_GetSchoolDirectoryRequest__Output, _ejournal_identity_v1_SchoolDirectory>;
  
  GetSigningKeys: grpc.handleUnaryCall<_ejournal_identity_v1_GetSigningKeysRequest__Output, _ejournal_identity_v1_SigningKeys>;
  
  GrantRole: grpc.handleUnaryCall<_ejournal_identity_v1_GrantRoleRequest__Output, _ejournal_identity_v1_Account>;
  
  ImportPeople: grpc.handleUnaryCall<_ejournal_identity_v1_ImportPeopleRequest__Output, _ejournal_identity_v1_ImportReport>;
  
  IssueInvitation: grpc.handleUnaryCall<_ejournal_identity_v1_IssueInvitationRequest__Output, _ejournal_identity_v1_Invitation>;
  
  ListAudit: grpc.handleUnaryCall<_ejournal_identity_v1_ListAuditRequest__Output, _ejournal_identity_v1_AuditEntries>;
  
  ListInvitations: grpc.handleUnaryCall<_ejournal_identity_v1_ListInvitationsRequest__Output, _ejournal_identity_v1_Invitations>;
  
  ListPeople: grpc.handleUnaryCall<_ejournal_identity_v1_ListPeopleRequest__Output, _ejournal_identity_v1_PeopleList>;
  
  ListPupilNames: grpc.handleUnaryCall<_ejournal_identity_v1_ListPupilNamesRequest__Output, _ejournal_identity_v1_PupilNames>;
  
  ListRevocations: grpc.handleUnaryCall<_ejournal_identity_v1_ListRevocationsRequest__Output, _ejournal_identity_v1_Revocations>;
  
  Login: grpc.handleUnaryCall<_ejournal_identity_v1_LoginRequest__Output, _ejournal_identity_v1_Session>;
  
  RedeemInvitation: grpc.handleUnaryCall<_ejournal_identity_v1_RedeemInvitationRequest__Output, _ejournal_identity_v1_Session>;
  
  RefreshSession: grpc.handleUnaryCall<_ejournal_identity_v1_RefreshSessionRequest__Output, _ejournal_identity_v1_Session>;
  
  RemoveGrant: grpc.handleUnaryCall<_ejournal_identity_v1_RemoveGrantRequest__Output, _ejournal_identity_v1_Account>;
  
  ResetPassword: grpc.handleUnaryCall<_ejournal_identity_v1_ResetPasswordRequest__Output, _ejournal_identity_v1_PasswordReset>;
  
  RevokeAccount: grpc.handleUnaryCall<_ejournal_identity_v1_RevokeAccountRequest__Output, _ejournal_identity_v1_Account>;
  
  RevokeInterestedPerson: grpc.handleUnaryCall<_ejournal_identity_v1_RevokeInterestedPersonRequest__Output, _ejournal_identity_v1_RevokeInterestedPersonResponse>;
  
  RotateSigningKey: grpc.handleUnaryCall<_ejournal_identity_v1_RotateSigningKeyRequest__Output, _ejournal_identity_v1_SigningKeys>;
  
  UnlockAccount: grpc.handleUnaryCall<_ejournal_identity_v1_UnlockAccountRequest__Output, _ejournal_identity_v1_Account>;
  
  UpdatePerson: grpc.handleUnaryCall<_ejournal_identity_v1_UpdatePersonRequest__Output, _ejournal_identity_v1_Person>;
  
}

export interface IdentityServiceDefinition extends grpc.ServiceDefinition {
  BeginSsoLink: MethodDefinition<_ejournal_identity_v1_BeginSsoLinkRequest, _ejournal_identity_v1_SsoAuthorization, _ejournal_identity_v1_BeginSsoLinkRequest__Output, _ejournal_identity_v1_SsoAuthorization__Output>
  BeginSsoLogin: MethodDefinition<_ejournal_identity_v1_BeginSsoLoginRequest, _ejournal_identity_v1_SsoAuthorization, _ejournal_identity_v1_BeginSsoLoginRequest__Output, _ejournal_identity_v1_SsoAuthorization__Output>
  ChangePassword: MethodDefinition<_ejournal_identity_v1_ChangePasswordRequest, _ejournal_identity_v1_ChangePasswordResponse, _ejournal_identity_v1_ChangePasswordRequest__Output, _ejournal_identity_v1_ChangePasswordResponse__Output>
  CheckPeople: MethodDefinition<_ejournal_identity_v1_CheckPeopleRequest, _ejournal_identity_v1_CheckedPeople, _ejournal_identity_v1_CheckPeopleRequest__Output, _ejournal_identity_v1_CheckedPeople__Output>
  CompletePasswordReset: MethodDefinition<_ejournal_identity_v1_CompletePasswordResetRequest, _ejournal_identity_v1_ChangePasswordResponse, _ejournal_identity_v1_CompletePasswordResetRequest__Output, _ejournal_identity_v1_ChangePasswordResponse__Output>
  CompleteSsoLogin: MethodDefinition<_ejournal_identity_v1_CompleteSsoLoginRequest, _ejournal_identity_v1_Session, _ejournal_identity_v1_CompleteSsoLoginRequest__Output, _ejournal_identity_v1_Session__Output>
  ConfirmGuardian: MethodDefinition<_ejournal_identity_v1_ConfirmGuardianRequest, _ejournal_identity_v1_Invitation, _ejournal_identity_v1_ConfirmGuardianRequest__Output, _ejournal_identity_v1_Invitation__Output>
  CreatePerson: MethodDefinition<_ejournal_identity_v1_CreatePersonRequest, _ejournal_identity_v1_PersonCreated, _ejournal_identity_v1_CreatePersonRequest__Output, _ejournal_identity_v1_PersonCreated__Output>
  DescribeSignOn: MethodDefinition<_ejournal_identity_v1_DescribeSignOnRequest, _ejournal_identity_v1_SignOnDescription, _ejournal_identity_v1_DescribeSignOnRequest__Output, _ejournal_identity_v1_SignOnDescription__Output>
  EndSession: MethodDefinition<_ejournal_identity_v1_EndSessionRequest, _ejournal_identity_v1_EndSessionResponse, _ejournal_identity_v1_EndSessionRequest__Output, _ejournal_identity_v1_EndSessionResponse__Output>
  GetContactAddresses: MethodDefinition<_ejournal_identity_v1_GetContactAddressesRequest, _ejournal_identity_v1_ContactAddresses, _ejournal_identity_v1_GetContactAddressesRequest__Output, _ejournal_identity_v1_ContactAddresses__Output>
  GetKnownSchool: MethodDefinition<_ejournal_identity_v1_GetKnownSchoolRequest, _ejournal_identity_v1_KnownSchool, _ejournal_identity_v1_GetKnownSchoolRequest__Output, _ejournal_identity_v1_KnownSchool__Output>
  GetPerson: MethodDefinition<_ejournal_identity_v1_GetPersonRequest, _ejournal_identity_v1_Person, _ejournal_identity_v1_GetPersonRequest__Output, _ejournal_identity_v1_Person__Output>
  GetPersonNames: MethodDefinition<_ejournal_identity_v1_GetPersonNamesRequest, _ejournal_identity_v1_PersonNames, _ejournal_identity_v1_GetPersonNamesRequest__Output, _ejournal_identity_v1_PersonNames__Output>
  GetSchoolDirectory: MethodDefinition<_ejournal_identity_v1_GetSchoolDirectoryRequest, _ejournal_identity_v1_SchoolDirectory, _ejournal_identity_v1_GetSchoolDirectoryRequest__Output, _ejournal_identity_v1_SchoolDirectory__Output>
  GetSigningKeys: MethodDefinition<_ejournal_identity_v1_GetSigningKeysRequest, _ejournal_identity_v1_SigningKeys, _ejournal_identity_v1_GetSigningKeysRequest__Output, _ejournal_identity_v1_SigningKeys__Output>
  GrantRole: MethodDefinition<_ejournal_identity_v1_GrantRoleRequest, _ejournal_identity_v1_Account, _ejournal_identity_v1_GrantRoleRequest__Output, _ejournal_identity_v1_Account__Output>
  ImportPeople: MethodDefinition<_ejournal_identity_v1_ImportPeopleRequest, _ejournal_identity_v1_ImportReport, _ejournal_identity_v1_ImportPeopleRequest__Output, _ejournal_identity_v1_ImportReport__Output>
  IssueInvitation: MethodDefinition<_ejournal_identity_v1_IssueInvitationRequest, _ejournal_identity_v1_Invitation, _ejournal_identity_v1_IssueInvitationRequest__Output, _ejournal_identity_v1_Invitation__Output>
  ListAudit: MethodDefinition<_ejournal_identity_v1_ListAuditRequest, _ejournal_identity_v1_AuditEntries, _ejournal_identity_v1_ListAuditRequest__Output, _ejournal_identity_v1_AuditEntries__Output>
  ListInvitations: MethodDefinition<_ejournal_identity_v1_ListInvitationsRequest, _ejournal_identity_v1_Invitations, _ejournal_identity_v1_ListInvitationsRequest__Output, _ejournal_identity_v1_Invitations__Output>
  ListPeople: MethodDefinition<_ejournal_identity_v1_ListPeopleRequest, _ejournal_identity_v1_PeopleList, _ejournal_identity_v1_ListPeopleRequest__Output, _ejournal_identity_v1_PeopleList__Output>
  ListPupilNames: MethodDefinition<_ejournal_identity_v1_ListPupilNamesRequest, _ejournal_identity_v1_PupilNames, _ejournal_identity_v1_ListPupilNamesRequest__Output, _ejournal_identity_v1_PupilNames__Output>
  ListRevocations: MethodDefinition<_ejournal_identity_v1_ListRevocationsRequest, _ejournal_identity_v1_Revocations, _ejournal_identity_v1_ListRevocationsRequest__Output, _ejournal_identity_v1_Revocations__Output>
  Login: MethodDefinition<_ejournal_identity_v1_LoginRequest, _ejournal_identity_v1_Session, _ejournal_identity_v1_LoginRequest__Output, _ejournal_identity_v1_Session__Output>
  RedeemInvitation: MethodDefinition<_ejournal_identity_v1_RedeemInvitationRequest, _ejournal_identity_v1_Session, _ejournal_identity_v1_RedeemInvitationRequest__Output, _ejournal_identity_v1_Session__Output>
  RefreshSession: MethodDefinition<_ejournal_identity_v1_RefreshSessionRequest, _ejournal_identity_v1_Session, _ejournal_identity_v1_RefreshSessionRequest__Output, _ejournal_identity_v1_Session__Output>
  RemoveGrant: MethodDefinition<_ejournal_identity_v1_RemoveGrantRequest, _ejournal_identity_v1_Account, _ejournal_identity_v1_RemoveGrantRequest__Output, _ejournal_identity_v1_Account__Output>
  ResetPassword: MethodDefinition<_ejournal_identity_v1_ResetPasswordRequest, _ejournal_identity_v1_PasswordReset, _ejournal_identity_v1_ResetPasswordRequest__Output, _ejournal_identity_v1_PasswordReset__Output>
  RevokeAccount: MethodDefinition<_ejournal_identity_v1_RevokeAccountRequest, _ejournal_identity_v1_Account, _ejournal_identity_v1_RevokeAccountRequest__Output, _ejournal_identity_v1_Account__Output>
  RevokeInterestedPerson: MethodDefinition<_ejournal_identity_v1_RevokeInterestedPersonRequest, _ejournal_identity_v1_RevokeInterestedPersonResponse, _ejournal_identity_v1_RevokeInterestedPersonRequest__Output, _ejournal_identity_v1_RevokeInterestedPersonResponse__Output>
  RotateSigningKey: MethodDefinition<_ejournal_identity_v1_RotateSigningKeyRequest, _ejournal_identity_v1_SigningKeys, _ejournal_identity_v1_RotateSigningKeyRequest__Output, _ejournal_identity_v1_SigningKeys__Output>
  UnlockAccount: MethodDefinition<_ejournal_identity_v1_UnlockAccountRequest, _ejournal_identity_v1_Account, _ejournal_identity_v1_UnlockAccountRequest__Output, _ejournal_identity_v1_Account__Output>
  UpdatePerson: MethodDefinition<_ejournal_identity_v1_UpdatePersonRequest, _ejournal_identity_v1_Person, _ejournal_identity_v1_UpdatePersonRequest__Output, _ejournal_identity_v1_Person__Output>
}
