/** A configuration problem a user can act on: which file, which key, what was expected. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly keyPath?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    const where = [file && `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}`, keyPath && `at "${keyPath}"`]
      .filter(Boolean)
      .join(' ');
    super(where ? `${where}: ${message}` : message);
    this.name = 'ConfigError';
  }
}
