import { blankText } from '../../../util/blankText.ts';
/**
 * What the Kotlin grammar (tree-sitter-kotlin of tree-sitter-wasms 0.1.13) cannot read, blanked to as many
 * spaces so rows and columns stay:
 * - the delegate of an interface a class implements by delegation (`… ReactPointerEventsView by
 *   pointerEventsImpl {`): the grammar took the class body for a lambda passed to it, so react-native-screens'
 *   `ScreenStackHeaderConfig` (27 functions) had none. A property's delegate (`val x by lazy {`) stays.
 * - `fun` of a functional interface (`fun interface Listener`, Kotlin 1.4): an error, the interface lost
 *   (13 in expo-modules-core).
 * - the argument list of a call whose result is assigned to (`Thread.currentThread().name = v`,
 *   `x.asDynamic().f = v`, `ref.get() += v`): the grammar has no call in an assignment's target.
 *   `Thread.currentThread  .name = v` is a navigation it reads.
 * - likewise after `?.` (`menu.findItem(id)?.isVisible = v`), and a cast in parentheses as the target's receiver
 *   (`(animator as SimpleItemAnimator).enabled = false` → ` animator` and blanks): Tusky 29's files with parse errors
 *   21 → 6 of 425.
 * - the parentheses round a called name (`(handler)(cause)` → ` handler (cause)`).
 * - a primary constructor on the line after its class (`class X⏎ @PublishedApi⏎ internal constructor()`):
 *   the grammar ends the class header at the line break, and the body became a lambda. `constructor` moves
 *   up to the header's row and the annotations and modifiers between are blanked (constructors are no
 *   symbols); rows stay, the constructor's row may lose a column. A multiplatform `actual` or `expect` among them too
 *   (okio's `actual open class ByteString⏎internal actual constructor(`: its 55 members were lost).
 * - `actual`/`expect` after a visibility modifier in a constructor parameter (`internal actual val job: Job`).
 * The last four left 14 of kotlinx.coroutines' 17 files with syntax errors (members of a class whose body
 * became a lambda were read as top-level declarations, or lost).
 * - context parameters and receivers before a declaration (`context(test: AnkiTest)⏎fun …`, Kotlin 2.2; `context(Foo)`):
 *   AnkiDroid's 22 files that use them did not parse.
 */
const CONTEXT_CLAUSE = /^([ \t]*)(context[ \t]*\((?:[^()\n]|\([^()\n]*\))*\))(?=\s*(?:@|(?:public|internal|protected|private|inline|suspend|override|operator|infix|tailrec|fun|val|var|class|object)\b))/gmu;
const CLASS_DELEGATE = /\bby[ \t]+[A-Za-z_][\w.]*(?:\([^()\n]*\))?(?=\s*\{)/gu;
const FUN_INTERFACE = /\bfun([ \t]+interface\b)/gu;
const DECLARATION_KEYWORD = /\b(class|object|val|var|fun)\b/gu;
// `(…)` then `.member…` or `?.member…` (or nothing) and an assignment operator, not `==`.
const ASSIGNED_TAIL = String.raw`(?=(?:[ \t]*\??\.[ \t]*[A-Za-z_]\w*)+[ \t]*[-+*/%]?=(?!=)|[ \t]*[-+*/%]=)`;
const ASSIGNED_CALL = new RegExp(String.raw`\([^()\n]*\)${ASSIGNED_TAIL}`, 'gu');
// A cast in parentheses as the target's receiver (`(animator as SimpleItemAnimator).x = false`): the receiver stays.
const ASSIGNED_CAST = new RegExp(String.raw`\(([A-Za-z_][\w.]*)([ \t]+as\??[ \t]+[\w.<>?, ]+)\)(?=(?:[ \t]*\??\.[ \t]*[A-Za-z_]\w*)+[ \t]*[-+*/%]?=(?!=))`, 'gu');
const PARENTHESIZED_CALLEE = /(?<=^|[\s=(,{;>])\(([A-Za-z_]\w*)\)(?=\()/gmu;
const CONTROL_KEYWORD = /\b(?:if|while|for|when|catch)\s*$/u;
// A class header (`class X<T : Y>`), then annotations, modifiers and at least one line break, then `constructor`.
const ANNOTATION_OR_MODIFIER = String.raw`\s|@[\w.]+(?:\((?:[^()]|\([^()]*\))*\))?|\b(?:public|internal|protected|private|actual|expect)\b`;
const CONSTRUCTOR_BELOW_CLASS = new RegExp(
  String.raw`(?<=\b(?:class|object)[ \t]+\w+(?:[ \t]*<[^<>{}]*(?:<[^<>{}]*>[^<>{}]*)*>)?)((?:${ANNOTATION_OR_MODIFIER})*\n(?:${ANNOTATION_OR_MODIFIER})*)constructor\b`,
  'gu',
);
const moveConstructorUp = (_: string, gap: string): string => {
  const blanked = blankText(gap);
  const space = blanked.indexOf(' ');
  return space < 0 ? `${gap}constructor` : ` constructor${blanked.slice(0, space)}${blanked.slice(space + 1)}`;
};
const PARAMETER_PLATFORM = /(?<=\b(?:public|internal|protected|private)[ \t]+)(?:actual|expect)(?=[ \t]+va[lr]\b)/gu;

export const prepareKotlin = (text: string): string => {
  let out = text.includes('fun interface') ? text.replace(FUN_INTERFACE, '   $1') : text;
  if (out.includes('context')) out = out.replace(CONTEXT_CLAUSE, (_: string, indent: string, clause: string) => `${indent}${blankText(clause)}`);
  if (out.includes(' as')) out = out.replace(ASSIGNED_CAST, (_: string, receiver: string, cast: string) => ` ${receiver}${blankText(cast)} `);
  out = out.replace(ASSIGNED_CALL, (call: string) => blankText(call));
  if (out.includes(')(')) {
    out = out.replace(PARENTHESIZED_CALLEE, (whole: string, name: string, at: number, all: string) =>
      CONTROL_KEYWORD.test(all.slice(Math.max(0, at - 20), at)) ? whole : ` ${name} `);
  }
  if (out.includes('constructor')) out = out.replace(CONSTRUCTOR_BELOW_CLASS, moveConstructorUp);
  if (out.includes('actual') || out.includes('expect')) out = out.replace(PARAMETER_PLATFORM, (word: string) => blankText(word));
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
    return keyword === 'class' || keyword === 'object' ? blankText(clause) : clause;
  });
  return out;
};
