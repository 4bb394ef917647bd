// @ts-check
import path from 'node:path';

// The layering rule as an allow-list (VS Code's `local/code-import-patterns`): every file
// belongs to the first layer whose `target` matches its path, and may import of ours only
// what that layer's `allow` lists; anything else fails. A file that no layer covers fails too,
// so a new folder cannot slip past the rule. `packages`, when given, also allow-lists the
// npm packages and Node modules of a layer (the contract may import zod and nothing else).
//
// Patterns are repository paths without extension: 'db/paths' is that module, 'db/**' the
// folder and everything under it, '**' anything, '*' a file at the top of the repository.

const EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/** @param {string} p */
const modulePath = (p) => p.split(path.sep).join('/').replace(EXTENSIONS, '').replace(/\/index$/, '');

/**
 * @param {string} pattern
 * @param {string} target a repository path without extension
 */
export function matches(pattern, target) {
  if (pattern === '**') return true;
  if (pattern === '*') return !target.includes('/');
  if (pattern.endsWith('/**')) {
    const folder = pattern.slice(0, -3);
    return target === folder || target.startsWith(`${folder}/`);
  }
  return target === pattern;
}

/**
 * @typedef {{ target: string[]; allow: string[]; packages?: string[] }} Layer
 * @typedef {{ root: string; layers: Layer[]; tests?: { files: RegExp; allow: string[] } }} Options
 */

/** @type {import('eslint').Rule.RuleModule} */
export const codeImportPatterns = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only what its layer allows (see eslint.config.js).' },
    schema: false,
    messages: {
      notAllowed: "{{file}} may not import '{{imported}}' ({{layer}} may import: {{allowed}}).",
      packageNotAllowed: "{{file}} may not import the package '{{imported}}' ({{layer}} may import: {{allowed}}).",
      outside: "'{{imported}}' is outside the repository.",
      noLayer: '{{file}} belongs to no layer: add its folder to the layers in eslint.config.js.',
    },
  },
  create(context) {
    const options = /** @type {Options} */ (context.options[0]);
    const file = modulePath(path.relative(options.root, context.filename));
    const layer = options.layers.find((l) => l.target.some((t) => matches(t, file)));
    const isTest = options.tests?.files.test(context.filename) ?? false;
    const allowed = [...(layer?.allow ?? []), ...(isTest ? (options.tests?.allow ?? []) : [])];
    const layerName = layer?.target.join(', ') ?? '';

    /** @param {import('estree').Node} node @param {unknown} value */
    function check(node, value) {
      if (typeof value !== 'string') return;
      if (!layer) {
        context.report({ node, messageId: 'noLayer', data: { file } });
        return;
      }
      if (!value.startsWith('.') && !path.isAbsolute(value)) {
        // Test files are not shipped: their packages (vitest, node:fs, ...) are not limited.
        if (!layer.packages || isTest) return;
        const ok = layer.packages.some((p) => value === p || value.startsWith(`${p}/`));
        if (!ok) context.report({ node, messageId: 'packageNotAllowed', data: { file, imported: value, layer: layerName, allowed: layer.packages.join(', ') } });
        return;
      }
      const resolved = path.relative(options.root, path.resolve(path.dirname(context.filename), value));
      if (resolved.startsWith('..') || path.isAbsolute(resolved)) {
        context.report({ node, messageId: 'outside', data: { imported: value } });
        return;
      }
      const target = modulePath(resolved);
      if (!allowed.some((pattern) => matches(pattern, target))) {
        context.report({ node, messageId: 'notAllowed', data: { file, imported: target, layer: layerName, allowed: allowed.join(', ') } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        const [arg] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && arg?.type === 'Literal') check(node, arg.value);
      },
      /** `import('x').T` in a type position. @param {any} node */
      TSImportType: (node) => {
        const literal = node.argument?.literal ?? node.argument;
        if (literal?.type === 'Literal') check(node, literal.value);
      },
    };
  },
};

export default { rules: { 'code-import-patterns': codeImportPatterns } };
