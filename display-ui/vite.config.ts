import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// Two pages: the wall display (index.html, also counter mode) and the phone view of a ticket (phone.html).
export default defineConfig({
  base: '/ui/display/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist', emptyOutDir: true, target: 'es2019', reportCompressedSize: false,
    rollupOptions: { input: { index: resolve(import.meta.dirname, 'index.html'), phone: resolve(import.meta.dirname, 'phone.html') } },
  },
});
