/** Limits shared by the server-side policy and the forms (no server imports here). */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
