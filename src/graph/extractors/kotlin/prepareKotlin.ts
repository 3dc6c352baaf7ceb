/**
 * What the Kotlin grammar (tree-sitter-kotlin of tree-sitter-wasms 0.1.13) cannot read, blanked to as many
 * spaces so rows and columns stay:
 * - the delegate of an interface a class implements by delegation (`… ReactPointerEventsView by
 *   pointerEventsImpl {`): the grammar took the class body for a lambda passed to it, so react-native-screens'
 *   `ScreenStackHeaderConfig` (27 functions) had none. A property's delegate (`val x by lazy {`) stays.
 * - `fun` of a functional interface (`fun interface Listener`, Kotlin 1.4): an error, the interface lost
 *   (13 in expo-modules-core).
 */
const CLASS_DELEGATE = /\bby[ \t]+[A-Za-z_][\w.]*(?:\([^()\n]*\))?(?=\s*\{)/gu;
const FUN_INTERFACE = /\bfun([ \t]+interface\b)/gu;
const DECLARATION_KEYWORD = /\b(class|object|val|var|fun)\b/gu;

export const prepareKotlin = (text: string): string => {
  let out = text.includes('fun interface') ? text.replace(FUN_INTERFACE, '   $1') : text;
  if (!/\bby\b/u.test(out)) return out;
  out = out.replace(CLASS_DELEGATE, (clause: string, at: number, whole: string) => {
    // only in a class or object header: the nearest declaration keyword before it, outside parentheses
    // (`class Foo(private val impl: Bar) : Bar by impl {`)
    let before = whole.slice(Math.max(0, at - 2000), at);
    for (let previous = ''; previous !== before; ) {
      previous = before;
      before = before.replace(/\([^()]*\)/gu, '');
    }
    let keyword: string | undefined;
    for (const m of before.matchAll(DECLARATION_KEYWORD)) keyword = m[1];
    return keyword === 'class' || keyword === 'object' ? clause.replace(/[^\n]/gu, ' ') : clause;
  });
  return out;
};
