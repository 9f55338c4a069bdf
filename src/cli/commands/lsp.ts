import type { CommandModule } from 'yargs';

/** `mtlint lsp`: the language server, speaking LSP over stdin and stdout. */
const lspCommand: CommandModule<object, { stdio: boolean }> = {
  command: 'lsp',
  describe: 'Start the language server (LSP over stdio) for editors',
  builder: (yargs) =>
    yargs.option('stdio', { type: 'boolean', default: true, describe: 'Speak LSP over stdin and stdout (the only transport)' }),
  handler: async () => {
    // the bundled command line runs as a script, where import() is the launcher's (src/cli/mtlint.ts)
    const bundled = (globalThis as { __mtlintImport?: (url: string) => Promise<typeof import('../../lsp/server.js')> }).__mtlintImport;
    const { startServer } = bundled ? await bundled(new URL('../lsp/server.js', import.meta.url).href) : await import('../../lsp/server.js');
    startServer();
    // the server ends the process itself on `exit` or when stdin closes
    await new Promise<never>(() => {});
  },
};

export default lspCommand;
