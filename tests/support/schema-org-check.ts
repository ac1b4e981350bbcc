import { join } from 'node:path';
import ts from 'typescript';

// Checks JSON-LD documents against schema.org's vocabulary as schema-dts
// (Google's TypeScript rendering of it) states it: each document is written as
// an object literal typed `WithContext<Type>` and handed to the TypeScript
// compiler, whose excess-property and assignability checks reject a property
// schema.org does not define for its type, a value of the wrong type and an
// unknown @type, at every depth. The runtime object is what is checked, not a
// declared type, so a cast in the code under test cannot hide a mistake.

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  // schema-dts's own declarations are trusted; only the documents are checked.
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  types: [],
};

/**
 * The compiler's complaints about each document, by the document's name (an
 * empty list for a valid one). One program for all of them: loading
 * schema-dts takes the compiler a second or two.
 */
export function schemaOrgErrors(type: string, documents: Record<string, unknown>): Record<string, string[]> {
  if (!/^[A-Z]\w*$/.test(type)) throw new Error(`not a schema.org type name: ${type}`);
  // Beside the project's files, so `schema-dts` resolves from its node_modules.
  const fileOf = (name: string) => join(process.cwd(), `schema-org-check-${name}.ts`);
  const sources = new Map(
    Object.entries(documents).map(([name, document]) => [
      fileOf(name),
      `import type { ${type}, WithContext } from 'schema-dts';\nexport const document: WithContext<${type}> = ${JSON.stringify(document, null, 2)};\n`,
    ]),
  );
  const host = ts.createCompilerHost(OPTIONS);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (file, language, ...rest) => {
    const text = sources.get(file);
    return text === undefined ? getSourceFile(file, language, ...rest) : ts.createSourceFile(file, text, language);
  };
  host.fileExists = (file) => sources.has(file) || fileExists(file);
  host.readFile = (file) => sources.get(file) ?? readFile(file);
  const program = ts.createProgram([...sources.keys()], OPTIONS, host);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  return Object.fromEntries(
    Object.keys(documents).map((name) => [
      name,
      diagnostics.filter((d) => d.file?.fileName === fileOf(name) || !d.file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    ]),
  );
}
