/** The names of the email and password boxes that let a signed-out editor sign in while saving. */
export const EMAIL_FIELD = 'editorEmail';
export const PASSWORD_FIELD = 'editorPassword';

/**
 * The longest password accepted, in UTF-8 bytes. Anything longer is refused
 * before it is hashed: a 50 MB "password" would otherwise be normalised,
 * copied and run through scrypt for nothing.
 */
export const MAX_PASSWORD_BYTES = 1024;
