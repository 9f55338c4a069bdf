/** A configuration problem a user can act on: which file, which key, what was expected. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly keyPath?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    // in package.json the config is the "mtlint" key, and key paths start there
    const path = keyPath && file && /(?:^|[\\/])package\.json$/.test(file) && !keyPath.startsWith('mtlint') ? `mtlint.${keyPath}` : keyPath;
    const where = [file && `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}`, path && `at "${path}"`]
      .filter(Boolean)
      .join(' ');
    super(where ? `${where}: ${message}` : message);
    this.name = 'ConfigError';
  }
}
