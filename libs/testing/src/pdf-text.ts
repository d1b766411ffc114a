import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/**
 * The text of each page of a PDF as a reader gets it (pdf.js, as a browser shows it). pdf.js is an ES
 * module, which the test runner cannot load: it runs in a node process of its own.
 */
export function pdfPageTexts(pdf: Buffer): string[] {
  const script = `
    const { getDocument } = await import(process.argv[1]);
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    const document = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
    const pages = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\\n' : ' ') : '')).join(''));
    }
    process.stdout.write(JSON.stringify(pages));
  `;
  const pdfjs = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, pdfjs], { input: pdf, maxBuffer: 64 * 1024 * 1024 }).toString('utf8'));
}
