/** Configuration Server and Stat Server accept names and ids of up to 255 characters. */
export const MAX_NAME_LENGTH = 255;
