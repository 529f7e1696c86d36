/** The layer rule (ARCHITECTURE.md): which part of the code may import which. `npm run lint` runs it. */
const SCREENS = '^(kiosk-ui|display-ui|staff-ui)/src/';
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'The queue core decides from state and command alone: no app, http, journal or features; no I/O library.',
      severity: 'error',
      from: { path: '^server/src/core/' },
      to: { path: ['^server/src/(app|http|journal|features|voice)/', '^server/src/[^/]+\\.ts$', 'node_modules/(express|socket\\.io|better-sqlite3)/', '^drivers/'] },
    },
    {
      name: 'app-without-http',
      comment: 'The application service is called by http and sockets, never the other way round.',
      severity: 'error',
      from: { path: '^server/src/app/' },
      to: { path: '^server/src/http/' },
    },
    {
      name: 'contract-stands-alone',
      comment: 'The contract is shipped to the screens: types and schemas only, nothing of the server behind it.',
      severity: 'error',
      from: { path: '^server/src/contract/' },
      to: { path: '^server/src/(app|http|journal|features)/' },
    },
    {
      name: 'screens-use-the-contract',
      comment: 'Screens see the server only through @motcua/server/contract (and ui-shared). The browser-safe codecs they share with the server are named here.',
      severity: 'error',
      from: { path: SCREENS },
      to: {
        path: '^(server|config|drivers)/',
        pathNot: ['^server/src/contract/', '^config/src/(search|fold|report-header)\\.ts$', '^server/src/features/dossiers/(mapping|validate)\\.ts$', '^drivers/src/scanner/keyboard-burst\\.ts$', '^drivers/src/printer/qr\\.ts$'],
      },
    },
    {
      name: 'ui-shared-uses-the-contract',
      severity: 'error',
      from: { path: '^ui-shared/src/' },
      to: { path: '^(server|config|drivers|kiosk-ui|display-ui|staff-ui)/', pathNot: '^server/src/contract/' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes the load order matter and the layers meaningless.',
      severity: 'error',
      from: { path: '^(server|config|drivers|ui-shared|kiosk-ui|display-ui|staff-ui)/src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'types', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
