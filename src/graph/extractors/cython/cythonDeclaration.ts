/** What one Cython statement declares, read from its text (strings emptied, comments gone). */
export type Declaration =
  /** `def f(`, `cpdef double f(`, `cdef inline double _f(…) nogil:`, a C function in an extern block. */
  | { what: 'function'; name: string; keyword: 'def' | 'cpdef' | 'cdef' }
  /** `class X`, `cdef class X(Base)`, `cdef public class X [object …]`; `cdef cppclass X` is a C++ class. */
  | { what: 'class'; name: string; keyword: 'class' | 'cdef' | 'cppclass' }
  /** `cdef struct X`, `ctypedef struct X:`, `cpdef enum X:`, `ctypedef double (*f)(int)`, `ctypedef fused floating:`. */
  | { what: 'struct' | 'enum' | 'type'; name: string }
  /** `cdef enum:`: its members are constants of the module. */
  | { what: 'enumMembers' }
  /** `cdef extern from "h":`: what follows declares C, not this module. */
  | { what: 'extern' }
  /** `cdef:`: each line below is a `cdef` declaration. */
  | { what: 'cdefBlock' }
  /** `cdef double EPSILON = 1e-7`, `cdef int a, b`, `DEF MAX = 8`, a Python `NAME = value`. */
  | { what: 'variable'; names: string[]; keyword: 'cdef' | 'python' };

const DEF = /^(?:async\s+)?def\s+(\w+)/u;
const CLASS = /^class\s+(\w+)/u;
const CDEF_CLASS = /^(?:cdef|ctypedef)\s+(?:(?:public|api|extern|readonly|final|inline)\s+)*(class|cppclass)\s+(?:[\w.]*\.)?(\w+)/u;
const TAGGED = /^(?:cdef|cpdef|ctypedef)\s+(?:(?:public|api|packed)\s+)*(struct|union|enum)\b\s*(?:class\s+)?(\w*)/u;
const FUSED = /^ctypedef\s+fused\s+(\w+)/u;
const CTYPEDEF = /^ctypedef\s+(.+)$/u;
const CDEF_BLOCK = /^c(?:p)?def(?:\s+(?:public|readonly|api|nogil))*\s*:$/u;
const CDEF = /^(cdef|cpdef)\s+(.+)$/u;
const COMPILE_TIME = /^DEF\s+(\w+)\s*=/u;
const ASSIGNMENT = /^([A-Za-z_]\w*)\s*(?::[^=]+)?=(?!=)/u;
/** Statements of Python that take a name and are no declaration. */
const KEYWORDS = new Set(['if', 'elif', 'else', 'for', 'while', 'with', 'try', 'except', 'finally', 'return', 'yield', 'raise', 'assert', 'del', 'pass', 'print', 'global', 'nonlocal', 'lambda', 'not', 'in', 'is', 'and', 'or']);
/** Words that open a C declaration in an extern block or a `cdef:` block without its `cdef`. */
const C_OPENERS = /^(?:cdef|cpdef|ctypedef|def|class|DEF|IF|ELIF|ELSE|include|from|import|cimport)\b/u;

/** The name a C declarator declares: `(*dot_func)`, `*name`, `arr[10]`, `name "c_name"`. */
const declaratorName = (declarator: string): string | undefined => {
  const pointer = /\(\s*\*\s*(\w+)\s*\)/u.exec(declarator)?.[1];
  if (pointer !== undefined) return pointer;
  const cleaned = declarator.replace(/(["'])\s*\1\s*$/u, '').replace(/(?:\s*\[[^\]]*\])+\s*$/u, '').trim();
  return /(\w+)$/u.exec(cleaned)?.[1];
};

/** Splits at the commas outside brackets. */
const topLevelParts = (text: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
};

/**
 * A C function's name: the word before the first `(` outside brackets that opens no pointer declarator
 * (`double (*f)(int)` is a variable), with no `=` before it (`cdef object x = np.empty(3)` is one too).
 */
const functionName = (rest: string): string | undefined => {
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '=' && depth === 0) return undefined;
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '(') {
      if (depth === 0) {
        const name = /(\w+)\s*$/u.exec(rest.slice(0, i))?.[1];
        if (name !== undefined && !/^\(\s*\*/u.test(rest.slice(i))) return name;
      }
      depth++;
    } else if (c === ')') depth--;
  }
  return undefined;
};

/** cdef declarations after their keyword: a function, or the variables of `int a, b = 1, *c`. */
const cdefDeclaration = (keyword: 'cdef' | 'cpdef', rest: string): Declaration | undefined => {
  const name = functionName(rest);
  if (name !== undefined) return { what: 'function', name, keyword };
  const [first, ...others] = topLevelParts(rest.replace(/:$/u, ''));
  const names = [declaratorName((first ?? '').split('=')[0] ?? ''), ...others.map((part) => /^\s*[*&]*\s*(\w+)/u.exec(part)?.[1])];
  const found = names.filter((n): n is string => n !== undefined && !KEYWORDS.has(n));
  return found.length > 0 ? { what: 'variable', names: found, keyword: 'cdef' } : undefined;
};

/**
 * What a statement declares, or undefined. `implicitCdef`: the statement sits in an extern block or a
 * `cdef:` block, where `double get_bias(model *)` and `struct X` need no `cdef`.
 */
export const cythonDeclaration = (statement: string, implicitCdef: boolean): Declaration | undefined => {
  const code = implicitCdef && !C_OPENERS.test(statement) ? `cdef ${statement}` : statement;
  const extern = /^cdef\s+extern\b\s*(.*)$/u.exec(code);
  if (extern) {
    const rest = extern[1] ?? '';
    if (rest === ':' || /^from\b/u.test(rest) || rest.endsWith(':')) return { what: 'extern' };
    return cythonDeclaration(`cdef ${rest}`, false);
  }
  let m = DEF.exec(code);
  if (m) return { what: 'function', name: m[1] ?? '', keyword: 'def' };
  if ((m = CLASS.exec(code))) return { what: 'class', name: m[1] ?? '', keyword: 'class' };
  if ((m = CDEF_CLASS.exec(code))) return { what: 'class', name: m[2] ?? '', keyword: m[1] === 'cppclass' ? 'cppclass' : 'cdef' };
  if ((m = TAGGED.exec(code))) {
    const name = m[2] ?? '';
    if (m[1] === 'enum') return name === '' ? { what: 'enumMembers' } : { what: 'enum', name };
    return name === '' ? undefined : { what: 'struct', name };
  }
  if ((m = FUSED.exec(code))) return { what: 'type', name: m[1] ?? '' };
  if ((m = CTYPEDEF.exec(code))) {
    const name = declaratorName(m[1] ?? '');
    return name === undefined ? undefined : { what: 'type', name };
  }
  if (CDEF_BLOCK.test(code)) return { what: 'cdefBlock' };
  if ((m = CDEF.exec(code))) return cdefDeclaration(m[1] === 'cpdef' ? 'cpdef' : 'cdef', (m[2] ?? '').replace(/^(?:(?:public|readonly|api|inline|static|const)\s+)+/u, ''));
  if ((m = COMPILE_TIME.exec(code))) return { what: 'variable', names: [m[1] ?? ''], keyword: 'cdef' };
  if ((m = ASSIGNMENT.exec(code)) && !KEYWORDS.has(m[1] ?? '')) return { what: 'variable', names: [m[1] ?? ''], keyword: 'python' };
  return undefined;
};
