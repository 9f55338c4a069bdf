/**
 * Build step: bundles the command line into one file, `dist/src/cli/mtlint-bundle.cjs` (run by
 * the `mtlint` launcher, dist/src/cli/mtlint.cjs), so that start-up loads one module instead of a
 * few hundred (Node's ES module loader costs about half a millisecond per file). The rule registry, which finds rules by listing its folder at run time,
 * is replaced in the bundle by a generated module that imports every rule file; the language
 * server, the workers and the lazily loaded parsers stay separate files.
 */
import { chmodSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rulesDir = join(dist, 'rules');

const registry: Plugin = {
  name: 'mtlint-registry',
  setup(b) {
    b.onResolve({ filter: /(?:^|\/)rules\/index\.js$/ }, () => ({ path: 'registry', namespace: 'mtlint-registry' }));
    b.onLoad({ filter: /.*/, namespace: 'mtlint-registry' }, () => {
      const files = readdirSync(rulesDir).filter((f) => f.endsWith('.js') && f !== 'index.js').sort();
      const contents = [
        ...files.map((f, i) => `import r${i} from ${JSON.stringify(join(rulesDir, f))};`),
        `export const ruleFiles = ${JSON.stringify(files)};`,
        `export const builtinRules = new Map([${files.map((_, i) => `r${i}`).join(', ')}].sort((a, b) => a.id.localeCompare(b.id)).map((r) => [r.id, r]));`,
      ].join('\n');
      return { contents, resolveDir: rulesDir, loader: 'js' };
    });
    // the language server runs its own worker beside its file: keep it out of the bundle
    b.onResolve({ filter: /\/lsp\/server\.js$/ }, () => ({ path: '../lsp/server.js', external: true }));
  },
};

/**
 * yargs and its layout helper each load `string-width`, whose module body builds an
 * `Intl.Segmenter` and large Unicode regular expressions: about 35 ms at every start, for widths
 * that only `--help` needs. In the bundle, their imports get a stand-in that loads the real
 * module (the version each asked for) on its first call.
 */
const lazyStringWidth: Plugin = {
  name: 'mtlint-lazy-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      args.pluginData === 'real' ? undefined : { path: `${args.resolveDir}/string-width (lazy)`, namespace: 'mtlint-lazy', pluginData: args.resolveDir },
    );
    b.onLoad({ filter: /.*/, namespace: 'mtlint-lazy' }, (args) => ({
      contents: "let width; export default function stringWidth(text, options) { return (width ??= require('string-width').default)(text, options); }",
      resolveDir: args.pluginData as string,
      pluginData: 'real',
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  allowOverwrite: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
} as const;

/** Bundles one entry module into one ES module file (the workers). */
const bundle = (entry: string, outfile: string) =>
  build({
    ...common,
    entryPoints: [entry],
    outfile,
    format: 'esm',
    plugins: [registry],
    // bundled CommonJS packages expect require, __filename and __dirname
    banner: {
      js: [
        "import { createRequire as __mtlintRequire } from 'node:module';",
        "import { fileURLToPath as __mtlintPath } from 'node:url';",
        "import { dirname as __mtlintDirname } from 'node:path';",
        'const require = __mtlintRequire(import.meta.url);',
        'const __mtlintFilename = __mtlintPath(import.meta.url);',
        'const __mtlintDir = __mtlintDirname(__mtlintFilename);',
      ].join(' '),
    },
    define: { __filename: '__mtlintFilename', __dirname: '__mtlintDir' },
  });

// the command line: one CommonJS file, which the launcher (src/cli/mtlint.ts) runs through V8's code cache
await build({
  ...common,
  entryPoints: [join(dist, 'src', 'cli', 'main.js')],
  outfile: join(dist, 'src', 'cli', 'mtlint-bundle.cjs'),
  format: 'cjs',
  plugins: [registry, lazyStringWidth],
  banner: { js: "const __mtlintUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__mtlintUrl' },
});
chmodSync(join(dist, 'src', 'cli', 'mtlint.cjs'), 0o755);
// the lint workers, bundled in place: each worker thread then starts by loading one module too
await bundle(join(dist, 'src', 'cli', 'worker.js'), join(dist, 'src', 'cli', 'worker.js'));
await bundle(join(dist, 'src', 'lsp', 'lint-worker.js'), join(dist, 'src', 'lsp', 'lint-worker.js'));
