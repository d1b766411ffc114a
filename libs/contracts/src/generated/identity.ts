import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Account as _ejournal_identity_v1_Account, Account__Output as _ejournal_identity_v1_Account__Output } from './ejournal/identity/v1/Account';
import type { AuditEntries as _ejournal_identity_v1_AuditEntries, AuditEntries__Output as _ejournal_identity_v1_AuditEntries__Output } from './ejournal/identity/v1/AuditEntries';
import type { AuditEntry as _ejournal_identity_v1_AuditEntry, AuditEntry__Output as _ejournal_identity_v1_AuditEntry__Output } from './ejournal/identity/v1/AuditEntry';
import type { BeginSsoLinkRequest as _ejournal_identity_v1_BeginSsoLinkRequest, BeginSsoLinkRequest__Output as _ejournal_identity_v1_BeginSsoLinkRequest__Output } from './ejournal/identity/v1/BeginSsoLinkRequest';
import type { BeginSsoLoginRequest as _ejournal_identity_v1_BeginSsoLoginRequest, BeginSsoLoginRequest__Output as _ejournal_identity_v1_BeginSsoLoginRequest__Output } from './ejournal/identity/v1/BeginSsoLoginRequest';
import type { ChangePasswordRequest as _ejournal_identity_v1_ChangePasswordRequest, ChangePasswordRequest__Output as _ejournal_identity_v1_ChangePasswordRequest__Output } from './ejournal/identity/v1/ChangePasswordRequest';
import type { ChangePasswordResponse as _ejournal_identity_v1_ChangePasswordResponse, ChangePasswordResponse__Output as _ejournal_identity_v1_ChangePasswordResponse__Output } from './ejournal/identity/v1/ChangePasswordResponse';
import type { CheckPeopleRequest as _ejournal_identity_v1_CheckPeopleRequest, CheckPeopleRequest__Output as _ejournal_identity_v1_CheckPeopleRequest__Output } from './ejournal/identity/v1/CheckPeopleRequest';
import type { CheckedPeople as _ejournal_identity_v1_CheckedPeople, CheckedPeople__Output as _ejournal_identity_v1_CheckedPeople__Output } from './ejournal/identity/v1/CheckedPeople';
import type { CompletePasswordResetRequest as _ejournal_identity_v1_CompletePasswordResetRequest, CompletePasswordResetRequest__Output as _ejournal_identity_v1_CompletePasswordResetRequest__Output } from './ejournal/identity/v1/CompletePasswordResetRequest';
import type { CompleteSsoLoginRequest as _ejournal_identity_v1_CompleteSsoLoginRequest, CompleteSsoLoginRequest__Output as _ejournal_identity_v1_CompleteSsoLoginRequest__Output } from './ejournal/identity/v1/CompleteSsoLoginRequest';
import type { ConfirmGuardianRequest as _ejournal_identity_v1_ConfirmGuardianRequest, ConfirmGuardianRequest__Output as _ejournal_identity_v1_ConfirmGuardianRequest__Output } from './ejournal/identity/v1/ConfirmGuardianRequest';
import type { ContactAddress as _ejournal_identity_v1_ContactAddress, ContactAddress__Output as _ejournal_identity_v1_ContactAddress__Output } from './ejournal/identity/v1/ContactAddress';
import type { ContactAddresses as _ejournal_identity_v1_ContactAddresses, ContactAddresses__Output as _ejournal_identity_v1_ContactAddresses__Output } from './ejournal/identity/v1/ContactAddresses';
import type { CreatePersonRequest as _ejournal_identity_v1_CreatePersonRequest, CreatePersonRequest__Output as _ejournal_identity_v1_CreatePersonRequest__Output } from './ejournal/identity/v1/CreatePersonRequest';
import type { DescribeSignOnRequest as _ejournal_identity_v1_DescribeSignOnRequest, DescribeSignOnRequest__Output as _ejournal_identity_v1_DescribeSignOnRequest__Output } from './ejournal/identity/v1/DescribeSignOnRequest';
import type { DirectoryEntry as _ejournal_identity_v1_DirectoryEntry, DirectoryEntry__Output as _ejournal_identity_v1_DirectoryEntry__Output } from './ejournal/identity/v1/DirectoryEntry';
import type { EndSessionRequest as _ejournal_identity_v1_EndSessionRequest, EndSessionRequest__Output as _ejournal_identity_v1_EndSessionRequest__Output } from './ejournal/identity/v1/EndSessionRequest';
import type { EndSessionResponse as _ejournal_identity_v1_EndSessionResponse, EndSessionResponse__Output as _ejournal_identity_v1_EndSessionResponse__Output } from './ejournal/identity/v1/EndSessionResponse';
import type { GetContactAddressesRequest as _ejournal_identity_v1_GetContactAddressesRequest, GetContactAddressesRequest__Output as _ejournal_identity_v1_GetContactAddressesRequest__Output } from './ejournal/identity/v1/GetContactAddressesRequest';
import type { GetKnownSchoolRequest as _ejournal_identity_v1_GetKnownSchoolRequest, GetKnownSchoolRequest__Output as _ejournal_identity_v1_GetKnownSchoolRequest__Output } from './ejournal/identity/v1/GetKnownSchoolRequest';
import type { GetPersonNamesRequest as _ejournal_identity_v1_GetPersonNamesRequest, GetPersonNamesRequest__Output as _ejournal_identity_v1_GetPersonNamesRequest__Output } from './ejournal/identity/v1/GetPersonNamesRequest';
import type { GetPersonRequest as _ejournal_identity_v1_GetPersonRequest, GetPersonRequest__Output as _ejournal_identity_v1_GetPersonRequest__Output } from './ejournal/identity/v1/GetPersonRequest';
import type { GetSchoolDirectoryRequest as _ejournal_identity_v1_GetSchoolDirectoryRequest, GetSchoolDirectoryRequest__Output as _ejournal_identity_v1_GetSchoolDirectoryRequest__Output } from './ejournal/identity/v1/GetSchoolDirectoryRequest';
import type { GetSigningKeysRequest as _ejournal_identity_v1_GetSigningKeysRequest, GetSigningKeysRequest__Output as _ejournal_identity_v1_GetSigningKeysRequest__Output } from './ejournal/identity/v1/GetSigningKeysRequest';
import type { Grant as _ejournal_identity_v1_Grant, Grant__Output as _ejournal_identity_v1_Grant__Output } from './ejournal/identity/v1/Grant';
import type { GrantRoleRequest as _ejournal_identity_v1_GrantRoleRequest, GrantRoleRequest__Output as _ejournal_identity_v1_GrantRoleRequest__Output } from './ejournal/identity/v1/GrantRoleRequest';
import type { IdentityServiceClient as _ejournal_identity_v1_IdentityServiceClient, IdentityServiceDefinition as _ejournal_identity_v1_IdentityServiceDefinition } from './ejournal/identity/v1/IdentityService';
import type { ImportError as _ejournal_identity_v1_ImportError, ImportError__Output as _ejournal_identity_v1_ImportError__Output } from './ejournal/identity/v1/ImportError';
import type { ImportPeopleRequest as _ejournal_identity_v1_ImportPeopleRequest, ImportPeopleRequest__Output as _ejournal_identity_v1_ImportPeopleRequest__Output } from './ejournal/identity/v1/ImportPeopleRequest';
import type { ImportReport as _ejournal_identity_v1_ImportReport, ImportReport__Output as _ejournal_identity_v1_ImportReport__Output } from './ejournal/identity/v1/ImportReport';
import type { ImportedPerson as _ejournal_identity_v1_ImportedPerson, ImportedPerson__Output as _ejournal_identity_v1_ImportedPerson__Output } from './ejournal/identity/v1/ImportedPerson';
import type { Invitation as _ejournal_identity_v1_Invitation, Invitation__Output as _ejournal_identity_v1_Invitation__Output } from './ejournal/identity/v1/Invitation';
import type { Invitations as _ejournal_identity_v1_Invitations, Invitations__Output as _ejournal_identity_v1_Invitations__Output } from './ejournal/identity/v1/Invitations';
import type { IssueInvitationRequest as _ejournal_identity_v1_IssueInvitationRequest, IssueInvitationRequest__Output as _ejournal_identity_v1_IssueInvitationRequest__Output } from './ejournal/identity/v1/IssueInvitationRequest';
import type { KnownSchool as _ejournal_identity_v1_KnownSchool, KnownSchool__Output as _ejournal_identity_v1_KnownSchool__Output } from './ejournal/identity/v1/KnownSchool';
import type { ListAuditRequest as _ejournal_identity_v1_ListAuditRequest, ListAuditRequest__Output as _ejournal_identity_v1_ListAuditRequest__Output } from './ejournal/identity/v1/ListAuditRequest';
import type { ListInvitationsRequest as _ejournal_identity_v1_ListInvitationsRequest, ListInvitationsRequest__Output as _ejournal_identity_v1_ListInvitationsRequest__Output } from './ejournal/identity/v1/ListInvitationsRequest';
import type { ListPeopleRequest as _ejournal_identity_v1_ListPeopleRequest, ListPeopleRequest__Output as _ejournal_identity_v1_ListPeopleRequest__Output } from './ejournal/identity/v1/ListPeopleRequest';
import type { ListPupilNamesRequest as _ejournal_identity_v1_ListPupilNamesRequest, ListPupilNamesRequest__Output as _ejournal_identity_v1_ListPupilNamesRequest__Output } from './ejournal/identity/v1/ListPupilNamesRequest';
import type { ListRevocationsRequest as _ejournal_identity_v1_ListRevocationsRequest, ListRevocationsRequest__Output as _ejournal_identity_v1_ListRevocationsRequest__Output } from './ejournal/identity/v1/ListRevocationsRequest';
import type { LoginRequest as _ejournal_identity_v1_LoginRequest, LoginRequest__Output as _ejournal_identity_v1_LoginRequest__Output } from './ejournal/identity/v1/LoginRequest';
import type { PasswordReset as _ejournal_identity_v1_PasswordReset, PasswordReset__Output as _ejournal_identity_v1_PasswordReset__Output } from './ejournal/identity/v1/PasswordReset';
import type { PeopleList as _ejournal_identity_v1_PeopleList, PeopleList__Output as _ejournal_identity_v1_PeopleList__Output } from './ejournal/identity/v1/PeopleList';
import type { Person as _ejournal_identity_v1_Person, Person__Output as _ejournal_identity_v1_Person__Output } from './ejournal/identity/v1/Person';
import type { PersonCreated as _ejournal_identity_v1_PersonCreated, PersonCreated__Output as _ejournal_identity_v1_PersonCreated__Output } from './ejournal/identity/v1/PersonCreated';
import type { PersonName as _ejournal_identity_v1_PersonName, PersonName__Output as _ejournal_identity_v1_PersonName__Output } from './ejournal/identity/v1/PersonName';
import type { PersonNames as _ejournal_identity_v1_PersonNames, PersonNames__Output as _ejournal_identity_v1_PersonNames__Output } from './ejournal/identity/v1/PersonNames';
import type { PersonWithAccounts as _ejournal_identity_v1_PersonWithAccounts, PersonWithAccounts__Output as _ejournal_identity_v1_PersonWithAccounts__Output } from './ejournal/identity/v1/PersonWithAccounts';
import type { PupilName as _ejournal_identity_v1_PupilName, PupilName__Output as _ejournal_identity_v1_PupilName__Output } from './ejournal/identity/v1/PupilName';
import type { PupilNames as _ejournal_identity_v1_PupilNames, PupilNames__Output as _ejournal_identity_v1_PupilNames__Output } from './ejournal/identity/v1/PupilNames';
import type { RedeemInvitationRequest as _ejournal_identity_v1_RedeemInvitationRequest, RedeemInvitationRequest__Output as _ejournal_identity_v1_RedeemInvitationRequest__Output } from './ejournal/identity/v1/RedeemInvitationRequest';
import type { RefreshSessionRequest as _ejournal_identity_v1_RefreshSessionRequest, RefreshSessionRequest__Output as _ejournal_identity_v1_RefreshSessionRequest__Output } from './ejournal/identity/v1/RefreshSessionRequest';
import type { RemoveGrantRequest as _ejournal_identity_v1_RemoveGrantRequest, RemoveGrantRequest__Output as _ejournal_identity_v1_RemoveGrantRequest__Output } from './ejournal/identity/v1/RemoveGrantRequest';
import type { ResetPasswordRequest as _ejournal_identity_v1_ResetPasswordRequest, ResetPasswordRequest__Output as _ejournal_identity_v1_ResetPasswordRequest__Output } from './ejournal/identity/v1/ResetPasswordRequest';
import type { Revocation as _ejournal_identity_v1_Revocation, Revocation__Output as _ejournal_identity_v1_Revocation__Output } from './ejournal/identity/v1/Revocation';
import type { Revocations as _ejournal_identity_v1_Revocations, Revocations__Output as _ejournal_identity_v1_Revocations__Output } from './ejournal/identity/v1/Revocations';
import type { RevokeAccountRequest as _ejournal_identity_v1_RevokeAccountRequest, RevokeAccountRequest__Output as _ejournal_identity_v1_RevokeAccountRequest__Output } from './ejournal/identity/v1/RevokeAccountRequest';
import type { RevokeInterestedPersonRequest as _ejournal_identity_v1_RevokeInterestedPersonRequest, RevokeInterestedPersonRequest__Output as _ejournal_identity_v1_RevokeInterestedPersonRequest__Output } from './ejournal/identity/v1/RevokeInterestedPersonRequest';
import type { RevokeInterestedPersonResponse as _ejournal_identity_v1_RevokeInterestedPersonResponse, RevokeInterestedPersonResponse__Output as _ejournal_identity_v1_RevokeInterestedPersonResponse__Output } from './ejournal/identity/v1/RevokeInterestedPersonResponse';
import type { RotateSigningKeyRequest as _ejournal_identity_v1_RotateSigningKeyRequest, RotateSigningKeyRequest__Output as _ejournal_identity_v1_RotateSigningKeyRequest__Output } from './ejournal/identity/v1/RotateSigningKeyRequest';
import type { SchoolDirectory as _ejournal_identity_v1_SchoolDirectory, SchoolDirectory__Output as _ejournal_identity_v1_SchoolDirectory__Output } from './ejournal/identity/v1/SchoolDirectory';
import type { Session as _ejournal_identity_v1_Session, Session__Output as _ejournal_identity_v1_Session__Output } from './ejournal/identity/v1/Session';
import type { SessionRevocation as _ejournal_identity_v1_SessionRevocation, SessionRevocation__Output as _ejournal_identity_v1_SessionRevocation__Output } from './ejournal/identity/v1/SessionRevocation';
import type { SignOnDescription as _ejournal_identity_v1_SignOnDescription, SignOnDescription__Output as _ejournal_identity_v1_SignOnDescription__Output } from './ejournal/identity/v1/SignOnDescription';
import type { SigningKeys as _ejournal_identity_v1_SigningKeys, SigningKeys__Output as _ejournal_identity_v1_SigningKeys__Output } from './ejournal/identity/v1/SigningKeys';
import type { SsoAuthorization as _ejournal_identity_v1_SsoAuthorization, SsoAuthorization__Output as _ejournal_identity_v1_SsoAuthorization__Output } from './ejournal/identity/v1/SsoAuthorization';
import type { UnlockAccountRequest as _ejournal_identity_v1_UnlockAccountRequest, UnlockAccountRequest__Output as _ejournal_identity_v1_UnlockAccountRequest__Output } from './ejournal/identity/v1/UnlockAccountRequest';
import type { UpdatePersonRequest as _ejournal_identity_v1_UpdatePersonRequest, UpdatePersonRequest__Output as _ejournal_identity_v1_UpdatePersonRequest__Output } from './ejournal/identity/v1/UpdatePersonRequest';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    identity: {
      v1: {
        Account: MessageTypeDefinition<_ejournal_identity_v1_Account, _ejournal_identity_v1_Account__Output>
        AuditEntries: MessageTypeDefinition<_ejournal_identity_v1_AuditEntries, _ejournal_identity_v1_AuditEntries__Output>
        AuditEntry: MessageTypeDefinition<_ejournal_identity_v1_AuditEntry, _ejournal_identity_v1_AuditEntry__Output>
        BeginSsoLinkRequest: MessageTypeDefinition<_ejournal_identity_v1_BeginSsoLinkRequest, _ejournal_identity_v1_BeginSsoLinkRequest__Output>
        BeginSsoLoginRequest: MessageTypeDefinition<_ejournal_identity_v1_BeginSsoLoginRequest, _ejournal_identity_v1_BeginSsoLoginRequest__Output>
        ChangePasswordRequest: MessageTypeDefinition<_ejournal_identity_v1_ChangePasswordRequest, _ejournal_identity_v1_ChangePasswordRequest__Output>
        ChangePasswordResponse: MessageTypeDefinition<_ejournal_identity_v1_ChangePasswordResponse, _ejournal_identity_v1_ChangePasswordResponse__Output>
        CheckPeopleRequest: MessageTypeDefinition<_ejournal_identity_v1_CheckPeopleRequest, _ejournal_identity_v1_CheckPeopleRequest__Output>
        CheckedPeople: MessageTypeDefinition<_ejournal_identity_v1_CheckedPeople, _ejournal_identity_v1_CheckedPeople__Output>
        CompletePasswordResetRequest: MessageTypeDefinition<_ejournal_identity_v1_CompletePasswordResetRequest, _ejournal_identity_v1_CompletePasswordResetRequest__Output>
        CompleteSsoLoginRequest: MessageTypeDefinition<_ejournal_identity_v1_CompleteSsoLoginRequest, _ejournal_identity_v1_CompleteSsoLoginRequest__Output>
        ConfirmGuardianRequest: MessageTypeDefinition<_ejournal_identity_v1_ConfirmGuardianRequest, _ejournal_identity_v1_ConfirmGuardianRequest__Output>
        ContactAddress: MessageTypeDefinition<_ejournal_identity_v1_ContactAddress, _ejournal_identity_v1_ContactAddress__Output>
        ContactAddresses: MessageTypeDefinition<_ejournal_identity_v1_ContactAddresses, _ejournal_identity_v1_ContactAddresses__Output>
        CreatePersonRequest: MessageTypeDefinition<_ejournal_identity_v1_CreatePersonRequest, _ejournal_identity_v1_CreatePersonRequest__Output>
        DescribeSignOnRequest: MessageTypeDefinition<_ejournal_identity_v1_DescribeSignOnRequest, _ejournal_identity_v1_DescribeSignOnRequest__Output>
        DirectoryEntry: MessageTypeDefinition<_ejournal_identity_v1_DirectoryEntry, _ejournal_identity_v1_DirectoryEntry__Output>
        EndSessionRequest: MessageTypeDefinition<_ejournal_identity_v1_EndSessionRequest, _ejournal_identity_v1_EndSessionRequest__Output>
        EndSessionResponse: MessageTypeDefinition<_ejournal_identity_v1_EndSessionResponse, _ejournal_identity_v1_EndSessionResponse__Output>
        GetContactAddressesRequest: MessageTypeDefinition<_ejournal_identity_v1_GetContactAddressesRequest, _ejournal_identity_v1_GetContactAddressesRequest__Output>
        GetKnownSchoolRequest: MessageTypeDefinition<_ejournal_identity_v1_GetKnownSchoolRequest, _ejournal_identity_v1_GetKnownSchoolRequest__Output>
        GetPersonNamesRequest: MessageTypeDefinition<_ejournal_identity_v1_GetPersonNamesRequest, _ejournal_identity_v1_GetPersonNamesRequest__Output>
        GetPersonRequest: MessageTypeDefinition<_ejournal_identity_v1_GetPersonRequest, _ejournal_identity_v1_GetPersonRequest__Output>
        GetSchoolDirectoryRequest: MessageTypeDefinition<_ejournal_identity_v1_GetSchoolDirectoryRequest, _ejournal_identity_v1_GetSchoolDirectoryRequest__Output>
        GetSigningKeysRequest: MessageTypeDefinition<_ejournal_identity_v1_GetSigningKeysRequest, _ejournal_identity_v1_GetSigningKeysRequest__Output>
        Grant: MessageTypeDefinition<_ejournal_identity_v1_Grant, _ejournal_identity_v1_Grant__Output>
        GrantRoleRequest: MessageTypeDefinition<_ejournal_identity_v1_GrantRoleRequest, _ejournal_identity_v1_GrantRoleRequest__Output>
        IdentityService: SubtypeConstructor<typeof grpc.Client, _ejournal_identity_v1_IdentityServiceClient> & { service: _ejournal_identity_v1_IdentityServiceDefinition }
        ImportError: MessageTypeDefinition<_ejournal_identity_v1_ImportError, _ejournal_identity_v1_ImportError__Output>
        ImportPeopleRequest: MessageTypeDefinition<_ejournal_identity_v1_ImportPeopleRequest, _ejournal_identity_v1_ImportPeopleRequest__Output>
        ImportReport: MessageTypeDefinition<_ejournal_identity_v1_ImportReport, _ejournal_identity_v1_ImportReport__Output>
        ImportedPerson: MessageTypeDefinition<_ejournal_identity_v1_ImportedPerson, _ejournal_identity_v1_ImportedPerson__Output>
        Invitation: MessageTypeDefinition<_ejournal_identity_v1_Invitation, _ejournal_identity_v1_Invitation__Output>
        Invitations: MessageTypeDefinition<_ejournal_identity_v1_Invitations, _ejournal_identity_v1_Invitations__Output>
        IssueInvitationRequest: MessageTypeDefinition<_ejournal_identity_v1_IssueInvitationRequest, _ejournal_identity_v1_IssueInvitationRequest__Output>
        KnownSchool: MessageTypeDefinition<_ejournal_identity_v1_KnownSchool, _ejournal_identity_v1_KnownSchool__Output>
        ListAuditRequest: MessageTypeDefinition<_ejournal_identity_v1_ListAuditRequest, _ejournal_identity_v1_ListAuditRequest__Output>
        ListInvitationsRequest: MessageTypeDefinition<_ejournal_identity_v1_ListInvitationsRequest, _ejournal_identity_v1_ListInvitationsRequest__Output>
        ListPeopleRequest: MessageTypeDefinition<_ejournal_identity_v1_ListPeopleRequest, _ejournal_identity_v1_ListPeopleRequest__Output>
        ListPupilNamesRequest: MessageTypeDefinition<_ejournal_identity_v1_ListPupilNamesRequest, _ejournal_identity_v1_ListPupilNamesRequest__Output>
        ListRevocationsRequest: MessageTypeDefinition<_ejournal_identity_v1_ListRevocationsRequest, _ejournal_identity_v1_ListRevocationsRequest__Output>
        LoginRequest: MessageTypeDefinition<_ejournal_identity_v1_LoginRequest, _ejournal_identity_v1_LoginRequest__Output>
        PasswordReset: MessageTypeDefinition<_ejournal_identity_v1_PasswordReset, _ejournal_identity_v1_PasswordReset__Output>
        PeopleList: MessageTypeDefinition<_ejournal_identity_v1_PeopleList, _ejournal_identity_v1_PeopleList__Output>
        Person: MessageTypeDefinition<_ejournal_identity_v1_Person, _ejournal_identity_v1_Person__Output>
        PersonCreated: MessageTypeDefinition<_ejournal_identity_v1_PersonCreated, _ejournal_identity_v1_PersonCreated__Output>
        PersonName: MessageTypeDefinition<_ejournal_identity_v1_PersonName, _ejournal_identity_v1_PersonName__Output>
        PersonNames: MessageTypeDefinition<_ejournal_identity_v1_PersonNames, _ejournal_identity_v1_PersonNames__Output>
        PersonWithAccounts: MessageTypeDefinition<_ejournal_identity_v1_PersonWithAccounts, _ejournal_identity_v1_PersonWithAccounts__Output>
        PupilName: MessageTypeDefinition<_ejournal_identity_v1_PupilName, _ejournal_identity_v1_PupilName__Output>
        PupilNames: MessageTypeDefinition<_ejournal_identity_v1_PupilNames, _ejournal_identity_v1_PupilNames__Output>
        RedeemInvitationRequest: MessageTypeDefinition<_ejournal_identity_v1_RedeemInvitationRequest, _ejournal_identity_v1_RedeemInvitationRequest__Output>
        RefreshSessionRequest: MessageTypeDefinition<_ejournal_identity_v1_RefreshSessionRequest, _ejournal_identity_v1_RefreshSessionRequest__Output>
        RemoveGrantRequest: MessageTypeDefinition<_ejournal_identity_v1_RemoveGrantRequest, _ejournal_identity_v1_RemoveGrantRequest__Output>
        ResetPasswordRequest: MessageTypeDefinition<_ejournal_identity_v1_ResetPasswordRequest, _ejournal_identity_v1_ResetPasswordRequest__Output>
        Revocation: MessageTypeDefinition<_ejournal_identity_v1_Revocation, _ejournal_identity_v1_Revocation__Output>
        Revocations: MessageTypeDefinition<_ejournal_identity_v1_Revocations, _ejournal_identity_v1_Revocations__Output>
        RevokeAccountRequest: MessageTypeDefinition<_ejournal_identity_v1_RevokeAccountRequest, _ejournal_identity_v1_RevokeAccountRequest__Output>
        RevokeInterestedPersonRequest: MessageTypeDefinition<_ejournal_identity_v1_RevokeInterestedPersonRequest, _ejournal_identity_v1_RevokeInterestedPersonRequest__Output>
        RevokeInterestedPersonResponse: MessageTypeDefinition<_ejournal_identity_v1_RevokeInterestedPersonResponse, _ejournal_identity_v1_RevokeInterestedPersonResponse__Output>
        RotateSigningKeyRequest: MessageTypeDefinition<_ejournal_identity_v1_RotateSigningKeyRequest, _ejournal_identity_v1_RotateSigningKeyRequest__Output>
        SchoolDirectory: MessageTypeDefinition<_ejournal_identity_v1_SchoolDirectory, _ejournal_identity_v1_SchoolDirectory__Output>
        Session: MessageTypeDefinition<_ejournal_identity_v1_Session, _ejournal_identity_v1_Session__Output>
        SessionRevocation: MessageTypeDefinition<_ejournal_identity_v1_SessionRevocation, _ejournal_identity_v1_SessionRevocation__Output>
        SignOnDescription: MessageTypeDefinition<_ejournal_identity_v1_SignOnDescription, _ejournal_identity_v1_SignOnDescription__Output>
        SigningKeys: MessageTypeDefinition<_ejournal_identity_v1_SigningKeys, _ejournal_identity_v1_SigningKeys__Output>
        SsoAuthorization: MessageTypeDefinition<_ejournal_identity_v1_SsoAuthorization, _ejournal_identity_v1_SsoAuthorization__Output>
        UnlockAccountRequest: MessageTypeDefinition<_ejournal_identity_v1_UnlockAccountRequest, _ejournal_identity_v1_UnlockAccountRequest__Output>
        UpdatePersonRequest: MessageTypeDefinition<_ejournal_identity_v1_UpdatePersonRequest, _ejournal_identity_v1_UpdatePersonRequest__Output>
      }
    }
  }
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

