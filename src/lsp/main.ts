#!/usr/bin/env node
/** Runs the language server over stdio: `node dist/src/lsp/main.js --stdio`. */
import { startServer } from './server.js';

startServer();
