// Production bundle of the server: one ES module, npm packages kept external.
import { build } from 'esbuild';
import path from 'node:path';

const here = import.meta.dirname;
await build({
  entryPoints: [
    path.join(here, 'src/main.ts'),
    path.join(here, 'src/cli/verify-audit.ts'),
    path.join(here, 'src/cli/archive-audit.ts'),
  ],
  outdir: path.join(here, 'dist'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  sourcemap: true,
  packages: 'external',
  // Our own workspace packages are TypeScript sources: bundle them in. Their npm imports
  // stay external and resolve from apps/server, so the server lists those as its own
  // dependencies too (uuid: the hoisted copy is an older major that another package needs).
  alias: {},
  plugins: [
    {
      name: 'bundle-workspace-packages',
      setup(b) {
        b.onResolve({ filter: /^@yuanwu\// }, (args) => ({
          path: path.resolve(
            here,
            '../../packages',
            args.path.slice('@yuanwu/'.length),
            'src/index.ts',
          ),
        }));
      },
    },
  ],
  logLevel: 'info',
});
