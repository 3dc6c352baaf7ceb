/**
 * A namespace closed with `};` (Hyprland writes every one so: `namespace Helpers::SystemInfo { … };`): C++ allows the
 * empty declaration, the grammar takes it for an error that swallows what follows (Hyprland 0.56: 347 of 907 files with
 * parse errors). The `;` after a namespace's closing brace is blanked; comments and strings are skipped while braces are
 * counted, and offsets stay.
 */
export const blankNamespaceSemicolons = (text: string): string => {
  if (!/\bnamespace\b/u.test(text) || !/\}\s*;/u.test(text)) return text;
  const out = text.split('');
  const stack: boolean[] = [];
  let namespaceOpen = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
    } else if (c === 'n' && text.startsWith('namespace', i) && !/\w/u.test(text[i - 1] ?? '') && !/\w/u.test(text[i + 9] ?? '')) {
      namespaceOpen = true;
      i += 8;
    } else if (c === ';') {
      namespaceOpen = false;
    } else if (c === '{') {
      stack.push(namespaceOpen);
      namespaceOpen = false;
    } else if (c === '}') {
      if (stack.pop() === true) {
        let j = i + 1;
        while (j < text.length && /\s/u.test(text[j] as string)) j++;
        if (text[j] === ';') out[j] = ' ';
      }
    }
  }
  return out.join('');
};
