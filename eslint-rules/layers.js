// Local ESLint rule: layers go one way (src/app → src/features/<slice> → src/shared),
// a slice never imports another slice, and code outside a slice enters it only through its index.ts.
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '..', 'src');

/** Where a file sits: { layer: 'app' | 'feature' | 'shared' | 'other', slice?, rest? } */
function place(file) {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..')) return { layer: 'other' };
  const [top, slice, ...rest] = rel.split(path.sep);
  if (top === 'app') return { layer: 'app' };
  if (top === 'shared') return { layer: 'shared' };
  if (top === 'features') return { layer: 'feature', slice, rest: rest.join('/') };
  return { layer: 'other' };
}

export default {
  meta: { type: 'problem', messages: { bad: '{{why}}' }, schema: [] },
  create(context) {
    const from = place(context.filename);
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = place(path.resolve(path.dirname(context.filename), source));
      const report = (why) => context.report({ node, messageId: 'bad', data: { why } });
      if (from.layer === 'shared' && (target.layer === 'app' || target.layer === 'feature'))
        return report('src/shared must not import from src/app or src/features');
      if (from.layer === 'feature' && target.layer === 'app') return report('a slice must not import from src/app');
      if (from.layer === 'feature' && target.layer === 'feature' && target.slice !== from.slice)
        return report(`slice "${from.slice}" must not import slice "${target.slice}"`);
      if (
        from.layer !== 'feature' &&
        target.layer === 'feature' &&
        target.rest !== '' &&
        target.rest !== 'index' &&
        target.rest !== 'index.ts'
      )
        return report(`import slice "${target.slice}" through its index.ts only`);
      if (
        from.layer === 'feature' &&
        target.layer === 'feature' &&
        /^model\//.test(from.rest) &&
        /^(components|api)\//.test(target.rest)
      )
        return report('model/ holds pure transforms: no components or fetching');
    }
    return {
      ImportDeclaration: (n) => check(n, n.source.value),
      ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
      ExportAllDeclaration: (n) => check(n, n.source.value),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
    };
  },
};
