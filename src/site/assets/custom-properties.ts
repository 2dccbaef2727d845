/**
 * The stylesheet's custom properties made small: constants written in place of their var(),
 * then every custom property nothing reaches dropped.
 */
import { transform, type Selector, type TokenOrValue } from 'lightningcss';

type Tokens = TokenOrValue[];

/**
 * Replaces var(--x) by the value of --x where that value can never differ: --x is set once, on
 * :root, outside any @media, to a value without var() (after doing the same to the custom
 * properties it names). Most of KERN's tokens are such constants (`var(--kern-metric-space-none,
 * 0px)` becomes `0`); their definitions are then unused and dropped. A token site.css sets again
 * (or a media query changes) stays a custom property, so overriding KERN tokens keeps working.
 */
export function inlineConstants(code: string): string {
  const definitions = new Map<string, number>();
  const onRoot = new Map<string, Tokens>();
  const conditional = new Set<string>();
  const customProperties = (block: any): any[] =>
    [...(block?.declarations ?? []), ...(block?.importantDeclarations ?? [])].filter((d: any) => d.property === 'custom' && d.value.name.startsWith('--'));
  const isRoot = (selectors: Selector[]) => selectors.length === 1 && selectors[0]!.length === 1 && selectors[0]![0]!.type === 'pseudo-class' && selectors[0]![0]!.kind === 'root';
  const markConditional = (rules: any[]): void => {
    for (const rule of rules) {
      if (rule.type === 'style') for (const d of customProperties(rule.value.declarations)) conditional.add(d.value.name);
      if (Array.isArray(rule.value?.rules)) markConditional(rule.value.rules);
    }
  };
  transform({
    filename: 'site.css',
    code: Buffer.from(code),
    visitor: {
      Rule: {
        media(rule) {
          markConditional(rule.value.rules);
          return undefined;
        },
        supports(rule) {
          markConditional(rule.value.rules);
          return undefined;
        },
        style(rule) {
          for (const d of customProperties(rule.value.declarations)) {
            definitions.set(d.value.name, (definitions.get(d.value.name) ?? 0) + 1);
            if (isRoot(rule.value.selectors)) onRoot.set(d.value.name, d.value.value);
          }
          return undefined;
        },
      },
    },
  });
  const resolved = new Map<string, Tokens | null>();
  const resolve = (name: string): Tokens | null => {
    if (resolved.has(name)) return resolved.get(name)!;
    resolved.set(name, null);
    const value = onRoot.get(name);
    if (!value || definitions.get(name) !== 1 || conditional.has(name)) return null;
    const out: Tokens = [];
    for (const token of value) {
      if (token.type === 'var') {
        const inner = resolve(token.value.name.ident);
        if (!inner) return null;
        out.push(...inner);
      } else if (/"(var|env)"|null/.test(JSON.stringify(token))) {
        return null; // nested var(), env() or a value lightningcss cannot read back (see withoutNulls)
      } else out.push(token);
    }
    resolved.set(name, out);
    return out;
  };
  return transform({
    filename: 'site.css',
    code: Buffer.from(code),
    visitor: { Variable: (variable) => resolve(variable.name.ident) ?? undefined },
  }).code.toString();
}

/**
 * Custom properties that nothing uses: reachable are those named in var() by an ordinary
 * declaration, and, in turn, those the definitions of reachable ones name.
 */
export function unusedCustomProperties(code: string): string[] {
  const declared = new Set<string>();
  const edges = new Map<string, Set<string>>();
  const roots = new Set<string>();
  let current: string | null = null;
  transform({
    filename: 'site.css',
    code: Buffer.from(code),
    visitor: {
      Declaration(declaration) {
        // 'custom' also covers properties lightningcss does not know, such as clip.
        current = declaration.property === 'custom' && declaration.value.name.startsWith('--') ? declaration.value.name : null;
        if (current) declared.add(current);
      },
      DeclarationExit() {
        current = null;
      },
      Variable(variable) {
        const name = variable.name.ident;
        if (current === null) roots.add(name);
        else {
          if (!edges.has(current)) edges.set(current, new Set());
          edges.get(current)!.add(name);
        }
      },
    },
  });
  const reachable = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const name = queue.pop()!;
    if (reachable.has(name)) continue;
    reachable.add(name);
    for (const next of edges.get(name) ?? []) queue.push(next);
  }
  return [...declared].filter((name) => !reachable.has(name)).sort();
}
