import type { OutputBundle, OutputChunk } from 'rollup';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The chunk holding `moduleSuffix` and every chunk it imports, each once. */
function chunkWithImports(bundle: OutputBundle, moduleSuffix: string): OutputChunk[] {
  const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
  // Not by facadeModuleId: the app chunk also holds modules the lazy pages share, so it is no facade.
  const root = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(moduleSuffix)));
  if (!root) throw new Error(`No chunk built from ${moduleSuffix}`);
  const found = new Map<string, OutputChunk>();
  const walk = (chunk: OutputChunk): void => {
    if (found.has(chunk.fileName)) return;
    found.set(chunk.fileName, chunk);
    for (const name of chunk.imports) {
      const imported = bundle[name];
      if (imported?.type === 'chunk') walk(imported);
    }
  };
  walk(root);
  return [...found.values()];
}

/*
 * The renderer's entry imports the app (boot.tsx) dynamically, once the workspace is in (see
 * main.tsx). Vite links only an entry's static imports from the page, so on its own the app chunk
 * and its styles would be fetched only then: this adds them to the page's head, fetched (and the
 * script compiled) in parallel with the workspace request, evaluated when main.tsx asks for it.
 */
export function appChunkPreloadPlugin(moduleSuffix: string): Plugin {
  return {
    name: 'secretariaat-app-chunk-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return [];
        const chunks = chunkWithImports(context.bundle, moduleSuffix);
        const styles = new Set(chunks.flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]));
        const link = (rel: string, file: string): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `./${file}` },
          injectTo: 'head',
        });
        // The entry's own static imports are linked by Vite already.
        return [
          ...[...styles].map((file) => link('stylesheet', file)),
          ...chunks.map((chunk) => link('modulepreload', chunk.fileName)),
        ].filter((tag) => !html.includes(`"${String(tag.attrs?.href)}"`));
      },
    },
  };
}
