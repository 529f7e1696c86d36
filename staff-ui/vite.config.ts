import { defineConfig } from 'vite';

// Served by the office server under /ui/staff/; the pages themselves are at their own routes.
export default defineConfig({
  base: '/ui/staff/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2019', reportCompressedSize: false },
  server: { proxy: { '/api': 'http://localhost:8080', '/socket.io': { target: 'ws://localhost:8080', ws: true } } },
});
