import type { CommandModule } from 'yargs';

/** `mtlint lsp`: the language server, speaking LSP over stdin and stdout. */
const lspCommand: CommandModule<object, { stdio: boolean }> = {
  command: 'lsp',
  describe: 'Start the language server (LSP over stdio) for editors',
  builder: (yargs) =>
    yargs.option('stdio', { type: 'boolean', default: true, describe: 'Speak LSP over stdin and stdout (the only transport)' }),
  handler: async () => {
    const { startServer } = await import('../../lsp/server.js');
    startServer();
    // the server ends the process itself on `exit` or when stdin closes
    await new Promise<never>(() => {});
  },
};

export default lspCommand;
