import { maskGo } from './maskGo.ts';

/**
 * Go 1.26's `new` of a value (`new(time.Now())`, `new(24)`, `new("x")`) renamed to a call the grammar reads (`nev(…)`,
 * the same length) before parsing: the grammar takes only a type there, and an error took the declarations around it
 * (navidrome, 26 files). `new(T)` of a type (`new(int)`, `new(pkg.Config)`, `new([]byte)`, `new(func())`) stays.
 */
const VALUE_START = /^\s*(?:[0-9"'`\-+!&]|true\b|false\b|nil\b)/u;
const TYPE_START = /^\s*(?:\[|\*|map\[|chan\b|func\b|struct\b|interface\b)/u;

export const renameValueNew = (text: string): string => {
  if (!text.includes('new(')) return text;
  const masked = maskGo(text);
  let out = text;
  for (const m of masked.matchAll(/(?<![\w.])new\(/gu)) {
    const open = (m.index ?? 0) + 3;
    let depth = 0;
    let close = -1;
    for (let i = open; i < masked.length; i++) {
      if (masked[i] === '(') depth++;
      else if (masked[i] === ')' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0) continue;
    const argument = text.slice(open + 1, close);
    const value = VALUE_START.test(argument) || (!TYPE_START.test(argument) && /[(+\-*/%]|\s/u.test(masked.slice(open + 1, close).trim()));
    if (value) out = `${out.slice(0, m.index)}nev${out.slice((m.index ?? 0) + 3)}`;
  }
  return out;
};
