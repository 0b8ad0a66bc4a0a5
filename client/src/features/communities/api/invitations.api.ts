import {
  invitationAcceptedSchema,
  invitationViewSchema,
  type InvitationAccepted,
  type InvitationSignUpRequest,
  type InvitationView,
} from '@commonroom/contracts';
import { apiGet, apiSend, type RequestOptions } from '../../../shared/api/api-client';

function invitationPath(token: string, rest = ''): string {
  return `/api/invitations/${encodeURIComponent(token)}${rest}`;
}

export function fetchInvitation(token: string, options?: RequestOptions): Promise<InvitationView> {
  return apiGet(invitationPath(token), invitationViewSchema, undefined, options);
}

/** For someone signed in with the invited address; anyone else gets 404. */
export function acceptInvitation(token: string): Promise<InvitationAccepted> {
  return apiSend('POST', invitationPath(token, '/accept'), undefined, invitationAcceptedSchema);
}

/**
 * Creates the account for the invited address, signs it in (the answer sets the session cookie)
 * and joins the community. 409 when an account already uses the address.
 */
export function signUpFromInvitation(token: string, request: InvitationSignUpRequest): Promise<InvitationAccepted> {
  return apiSend('POST', invitationPath(token, '/sign-up'), request, invitationAcceptedSchema);
}
