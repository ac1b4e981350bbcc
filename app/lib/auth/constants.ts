/** The name of the password box that lets a signed-out editor sign in while saving. */
export const PASSWORD_FIELD = 'editorPassword';

/**
 * The longest password accepted, in UTF-8 bytes. Anything longer is refused
 * before it is hashed: a 50 MB "password" would otherwise be normalised,
 * copied and run through scrypt for nothing.
 */
export const MAX_PASSWORD_BYTES = 1024;
