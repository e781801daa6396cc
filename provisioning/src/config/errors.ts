/** A configuration problem; its message names the file and the path. */
export class ConfigError extends Error {}
