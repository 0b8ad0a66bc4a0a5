import { myProfileSchema, UPLOAD_FIELD, type MyProfile, type UpdateProfileDetailsRequest } from '@commonroom/contracts';
import { apiGet, apiSend, type RequestOptions } from '../../../shared/api/api-client';

export function fetchMyProfile(options?: RequestOptions): Promise<MyProfile> {
  return apiGet('/api/me/profile', myProfileSchema, undefined, options);
}

export function updateMyProfile(request: UpdateProfileDetailsRequest): Promise<MyProfile> {
  return apiSend('PATCH', '/api/me/profile', request, myProfileSchema);
}

/** The server checks the type from the bytes, re-encodes it and strips its metadata. */
export function uploadProfilePhoto(file: File): Promise<MyProfile> {
  const body = new FormData();
  body.append(UPLOAD_FIELD, file);
  return apiSend('PUT', '/api/me/profile/photo', body, myProfileSchema);
}

export function removeProfilePhoto(): Promise<void> {
  return apiSend('DELETE', '/api/me/profile/photo');
}
