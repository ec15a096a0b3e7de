# The Python 3.11 grammar (minus async) for nearley; compiled by nearleyc into
# src/parse/grammar.generated.ts. Each rule names the CPython production it implements
# (Grammar/python.gram). Shaping rules from shared/notes/nearley.md:
#  - binary operators are a flat operand/operator list (`bexpr`, `xexpr`), the tree is built by
#    precedence climbing in B.fin; unary, `**` and trailers stay in the grammar;
#  - lists are left-recursive cons lists (B.cons) converted once by a rule that completes once;
#  - no EBNF macros; alternatives that share a first token are left-factored;
#  - the lexer merges `not in`, `is not` and adjacent strings, drops blank lines and comments.
# The grammar must stay unambiguous: every input has exactly one parse (the tests check it).

@preprocessor typescript
@{%
import { Tokenizer } from './tokenizer.js';
import * as B from './build.js';
import * as BM from './build-match.js';
const lexer = new Tokenizer({ filename: '<grammar>', lines: [] });
// Token classes tested by predicate (fewer alternatives = fewer Earley items; see Tokenizer.has).
var anyop: any = { test: (t: any) => BINARY.has(t.type) };       // every binary operator of `bexpr`
var arithop: any = { test: (t: any) => ARITH.has(t.type) };      // the operators of `xexpr` (bitwise_or)
var boolop: any = { test: (t: any) => t.type === 'kw_and' || t.type === 'kw_or' };
var leaf: any = { test: (t: any) => LEAF.has(t.type) };        // NAME NUMBER STRING None True False ...
var unaryop: any = { test: (t: any) => t.type === 'addop' || t.type === 'tilde' };
// The soft keywords `match` and `case` are names the lexer does not set apart.
var matchkw: any = { test: (t: any) => t.type === 'name' && t.value === 'match' };
var casekw: any = { test: (t: any) => t.type === 'name' && t.value === 'case' };
var pipe: any = { test: (t: any) => t.type === 'binop' && t.value === '|' };
var minus: any = { test: (t: any) => t.type === 'addop' && t.value === '-' };
const LEAF = new Set(['name', 'number', 'string', 'kw_None', 'kw_True', 'kw_False', 'ellipsis']);
const ARITH = new Set(['binop', 'addop', 'star', 'at']);
const BINARY = new Set(['binop', 'addop', 'star', 'at', 'cmpop', 'kw_in']);
%}
@lexer lexer

# ---------------------------------------------------------------- start rules
# file: [statements] ENDMARKER  (the module body is converted once, by the caller)
file_input -> %ENDMARKER            {% () => null %}
            | stmts %ENDMARKER      {% id %}
# eval: expressions NEWLINE* ENDMARKER
eval_input -> tse %NEWLINE %ENDMARKER {% id %}
# interactive: statement_newline
single_input -> stmt %ENDMARKER     {% id %}
# fstring: the '(' expression ')' CPython 3.11 builds for each f-string field
fstring_input -> atom               {% id %}

stmts -> stmt                       {% d => B.cons(d[0], null) %}
       | stmts stmt                 {% d => B.cons(d[1], d[0]) %}

# statement: compound_stmt | simple_stmts
stmt -> simple_stmts                {% id %}
      | if_stmt {% id %} | while_stmt {% id %} | for_stmt {% id %} | try_stmt {% id %}
      | with_stmt {% id %} | funcdef {% id %} | classdef {% id %} | decorated {% id %}
      | %matchkw subject %colon %NEWLINE %INDENT case_blocks %DEDENT {% d => BM.matchStmt(d[0], d[1], d[5]) %}

# simple_stmts: ';'.simple_stmt+ [';'] NEWLINE  (compound statements inlined here: one item fewer each)
simple_stmts -> small_list %NEWLINE        {% d => B.toArray(d[0]) %}
              | small_list %semi %NEWLINE  {% d => B.toArray(d[0]) %}
small_list -> small_stmt                   {% d => B.cons(d[0], null) %}
            | small_list %semi small_stmt  {% d => B.cons(d[2], d[0]) %}

# simple_stmt
small_stmt -> expr_stmt             {% id %}
            | %kw_pass              {% d => ({ kind: 'Pass', ...B.at(d[0], d[0]) }) %}
            | %kw_break             {% d => ({ kind: 'Break', ...B.at(d[0], d[0]) }) %}
            | %kw_continue          {% d => ({ kind: 'Continue', ...B.at(d[0], d[0]) }) %}
            | %kw_return                      {% d => ({ kind: 'Return', value: null, ...B.at(d[0], d[0]) }) %}
            | %kw_return tse                  {% d => ({ kind: 'Return', value: d[1], ...B.at(d[0], d[1]) }) %}
            | raise_stmt            {% id %}
            | del_stmt              {% id %}
            | global_stmt           {% id %}
            | nonlocal_stmt         {% id %}
            | import_name           {% id %}
            | import_from           {% id %}
            | assert_stmt           {% id %}

# assignment | star_expressions (expression statement) | augassign
expr_stmt -> tse                               {% d => B.exprStmt(d[0]) %}
           | yield_expr                        {% d => B.exprStmt(d[0]) %}
           | tse stmt_tail                     {% (d, r) => d[1].aug ? B.augAssign([d[0], d[1].aug, d[1].value]) : B.annAssign(d[0], d[1].ann, d[1].value, r, d[1].value ?? d[1].ann) %}
           | targets_eq rhs                    {% d => B.assign(d[0], d[1]) %}
# augassign (yield_expr | star_expressions) | ':' expression ['=' annotated_rhs]
stmt_tail -> %augassign rhs                    {% d => ({ aug: d[0], value: d[1] }) %}
           | %colon test                       {% d => ({ ann: d[1], value: null }) %}
           | %colon test %eq rhs               {% d => ({ ann: d[1], value: d[3] }) %}
# (star_targets '=')+
targets_eq -> tse %eq                          {% d => B.cons(d[0], null) %}
            | targets_eq tse %eq               {% d => B.cons(d[1], d[0]) %}
# annotated_rhs: yield_expr | star_expressions
rhs -> tse {% id %} | yield_expr {% id %}

raise_stmt -> %kw_raise                        {% d => ({ kind: 'Raise', exc: null, cause: null, ...B.at(d[0], d[0]) }) %}
            | %kw_raise raise_tail             {% d => ({ kind: 'Raise', exc: d[1][0], cause: d[1][1], ...B.at(d[0], d[1][1] ?? d[1][0]) }) %}
raise_tail -> test                             {% d => [d[0], null] %}
            | test %kw_from test               {% d => [d[0], d[2]] %}
# del_stmt: 'del' del_targets
del_stmt -> %kw_del del_tail                   {% d => { const ts = B.toArray(d[1][0]); return { kind: 'Delete', targets: ts.map((t: any) => B.toStore(t, 'del')), ...B.at(d[0], d[1][1] ?? ts[ts.length - 1]) }; } %}
del_tail -> xitems                             {% d => [d[0], null] %}
          | xitems %comma                      {% d => [d[0], d[1]] %}
global_stmt -> %kw_global names                {% d => ({ kind: 'Global', names: B.names(d[1]), ...B.at(d[0], d[1].h) }) %}
nonlocal_stmt -> %kw_nonlocal names            {% d => ({ kind: 'Nonlocal', names: B.names(d[1]), ...B.at(d[0], d[1].h) }) %}
names -> %name                                 {% d => B.cons(d[0], null) %}
       | names %comma %name                    {% d => B.cons(d[2], d[0]) %}
assert_stmt -> %kw_assert assert_tail         {% d => ({ kind: 'Assert', test: d[1][0], msg: d[1][1], ...B.at(d[0], d[1][1] ?? d[1][0]) }) %}
assert_tail -> test                            {% d => [d[0], null] %}
             | test %comma test                {% d => [d[0], d[2]] %}

# import_name: 'import' dotted_as_names
import_name -> %kw_import dotted_as_names      {% d => ({ kind: 'Import', names: B.toArray(d[1]), ...B.at(d[0], d[1].h) }) %}
dotted_as_names -> dotted_as_name              {% d => B.cons(d[0], null) %}
                 | dotted_as_names %comma dotted_as_name {% d => B.cons(d[2], d[0]) %}
dotted_as_name -> dotted_name                  {% d => B.alias(d[0], null) %}
                | dotted_name %kw_as %name     {% d => B.alias(d[0], d[2]) %}
dotted_name -> %name                           {% d => ({ name: B.nameStr(d[0]), first: d[0], last: d[0] }) %}
             | dotted_name %dot %name          {% d => ({ name: d[0].name + '.' + B.nameStr(d[2]), first: d[0].first, last: d[2] }) %}
# import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets | 'from' ('.' | '...')+ 'import' ...
import_from -> %kw_from from_module %kw_import import_targets      {% d => ({ kind: 'ImportFrom', module: d[1].module, names: d[3].names, level: d[1].level, ...B.at(d[0], d[3].last) }) %}
from_module -> dotted_name                     {% d => ({ module: d[0].name, level: 0 }) %}
             | dots dotted_name                {% d => ({ module: d[1].name, level: d[0] }) %}
             | dots                            {% d => ({ module: null, level: d[0] }) %}
dots -> %dot {% () => 1 %} | %ellipsis {% () => 3 %} | dots %dot {% d => d[0] + 1 %} | dots %ellipsis {% d => d[0] + 3 %}
# import_from_targets
import_targets -> %star                                {% d => ({ names: [B.alias({ name: '*', first: d[0], last: d[0] }, null)], last: d[0] }) %}
                | import_as_names                      {% d => ({ names: B.toArray(d[0]), last: d[0].h }) %}
                | %lpar import_as_names %rpar          {% d => ({ names: B.toArray(d[1]), last: d[2] }) %}
                | %lpar import_as_names %comma %rpar   {% d => ({ names: B.toArray(d[1]), last: d[3] }) %}
import_as_names -> import_as_name                      {% d => B.cons(d[0], null) %}
                 | import_as_names %comma import_as_name {% d => B.cons(d[2], d[0]) %}
import_as_name -> %name                                {% d => B.alias({ name: B.nameStr(d[0]), first: d[0], last: d[0] }, null) %}
                | %name %kw_as %name                   {% d => B.alias({ name: B.nameStr(d[0]), first: d[0], last: d[0] }, d[2]) %}

# ---------------------------------------------------------------- compound statements
# block: NEWLINE INDENT statements DEDENT | simple_stmts
suite -> simple_stmts                      {% id %}
       | %NEWLINE %INDENT stmts %DEDENT    {% d => B.stmtArray(d[2]) %}

# if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
if_stmt -> %kw_if if_tail                            {% d => ({ kind: 'If', test: d[1].test, body: d[1].body, orelse: d[1].orelse, ...B.at(d[0], B.lastEnd(d[1].orelse.length ? d[1].orelse : d[1].body)) }) %}
if_tail -> namedexpr %colon suite                     {% d => ({ test: d[0], body: d[2], orelse: [] }) %}
         | namedexpr %colon suite elif_tail           {% d => ({ test: d[0], body: d[2], orelse: d[3] }) %}
elif_tail -> %kw_elif namedexpr %colon suite           {% d => [{ kind: 'If', test: d[1], body: d[3], orelse: [], ...B.at(d[0], B.lastEnd(d[3])) }] %}
           | %kw_elif namedexpr %colon suite elif_tail {% d => [{ kind: 'If', test: d[1], body: d[3], orelse: d[4], ...B.at(d[0], B.lastEnd(d[4])) }] %}
           | else_block                                {% id %}
else_block -> %kw_else %colon suite                    {% d => d[2] %}

# while_stmt: 'while' named_expression ':' block [else_block]
while_stmt -> %kw_while while_tail         {% d => ({ kind: 'While', test: d[1].test, body: d[1].body, orelse: d[1].orelse, ...B.at(d[0], B.lastEnd(d[1].orelse.length ? d[1].orelse : d[1].body)) }) %}
while_tail -> namedexpr %colon suite             {% d => ({ test: d[0], body: d[2], orelse: [] }) %}
            | namedexpr %colon suite else_block  {% d => ({ test: d[0], body: d[2], orelse: d[3] }) %}

# for_stmt: 'for' star_targets 'in' star_expressions ':' block [else_block]
for_stmt -> %kw_for exprlist %kw_in tse %colon for_tail         {% d => ({ kind: 'For', target: B.toStore(d[1], 'for'), iter: d[3], body: d[5].body, orelse: d[5].orelse, ...B.at(d[0], B.lastEnd(d[5].orelse.length ? d[5].orelse : d[5].body)) }) %}
for_tail -> suite                                                 {% d => ({ body: d[0], orelse: [] }) %}
          | suite else_block                                      {% d => ({ body: d[0], orelse: d[1] }) %}

# try_stmt: 'try' ':' block finally_block | 'try' ':' block except_block+ [else_block] [finally_block]
try_stmt -> %kw_try %colon suite try_tail                               {% d => d[3].handlers ? B.tryStmt(d[0], d[2], d[3].handlers, d[3].orelse, d[3].finalbody) : { kind: 'Try', body: d[2], handlers: [], orelse: [], finalbody: d[3].finalbody, ...B.at(d[0], B.lastEnd(d[3].finalbody)) } %}
try_tail -> finally_block                                               {% d => ({ handlers: null, finalbody: d[0] }) %}
          | handlers                                                    {% d => ({ handlers: d[0], orelse: [], finalbody: [] }) %}
          | handlers else_block                                         {% d => ({ handlers: d[0], orelse: d[1], finalbody: [] }) %}
          | handlers finally_block                                      {% d => ({ handlers: d[0], orelse: [], finalbody: d[1] }) %}
          | handlers else_block finally_block                           {% d => ({ handlers: d[0], orelse: d[1], finalbody: d[2] }) %}
finally_block -> %kw_finally %colon suite                               {% d => d[2] %}
handlers -> handler                 {% d => B.cons(d[0], null) %}
          | handlers handler        {% d => B.cons(d[1], d[0]) %}
# except_block / except_star_block
handler -> %kw_except %colon suite                              {% d => B.handler(d[0], null, null, d[2], null) %}
         | %kw_except test %colon suite                         {% d => B.handler(d[0], d[1], null, d[3], null) %}
         | %kw_except test %kw_as %name %colon suite            {% d => B.handler(d[0], d[1], d[3], d[5], null) %}
         | %kw_except %star test %colon suite                   {% d => B.handler(d[0], d[2], null, d[4], d[1]) %}
         | %kw_except %star test %kw_as %name %colon suite      {% d => B.handler(d[0], d[2], d[4], d[6], d[1]) %}

# with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block | 'with' ','.with_item+ ':' block
with_stmt -> with_head suite        {% d => ({ kind: 'With', items: d[0].items, body: d[1], ...B.at(d[0].tok, B.lastEnd(d[1])) }) %}
with_head -> %kw_with with_items %colon                      {% (d, r, reject) => B.withHead(d[0], d[1], r, d[2], reject) %}
           | %kw_with %lpar with_paren_tail                  {% d => ({ tok: d[0], items: B.toArray(d[2]) }) %}
with_paren_tail -> with_items %rpar %colon                   {% id %}
                 | with_items %comma %rpar %colon            {% id %}
with_items -> with_item                     {% d => B.cons(d[0], null) %}
            | with_items %comma with_item   {% d => B.cons(d[2], d[0]) %}
with_item -> test                           {% d => ({ kind: 'withitem', context_expr: d[0], optional_vars: null }) %}
           | test %kw_as xtarget            {% d => ({ kind: 'withitem', context_expr: d[0], optional_vars: B.toStore(d[2], 'with') }) %}

# match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT  (inlined in `stmt`: one item fewer)
# subject_expr: star_named_expression ',' star_named_expressions? | named_expression
subject -> namedexpr                        {% id %}
         | sitems %comma                    {% d => BM.subjectTuple(d[0], null, d[1]) %}
         | sitems %comma sitem              {% d => BM.subjectTuple(d[0], d[2], null) %}
case_blocks -> case_block                   {% d => B.cons(d[0], null) %}
             | case_blocks case_block       {% d => B.cons(d[1], d[0]) %}
# case_block: "case" patterns guard? ':' block
case_block -> %casekw patterns %colon suite                     {% d => BM.matchCase(d[1], null, d[3]) %}
            | %casekw patterns %kw_if namedexpr %colon suite    {% d => BM.matchCase(d[1], d[3], d[5]) %}
# patterns: open_sequence_pattern | pattern
patterns -> pattern                         {% id %}
          | pitems %comma                   {% d => BM.openSequence(d[0], d[1]) %}
          | pitems %comma pitem             {% d => BM.openSequence(B.cons(d[2], d[0]), d[2]) %}
# maybe_sequence_pattern items: pattern | star_pattern
pitems -> pitem                             {% d => B.cons(d[0], null) %}
        | pitems %comma pitem               {% d => B.cons(d[2], d[0]) %}
pitem -> pattern                            {% id %}
       | %star %name                        {% d => BM.starPattern(d[0], d[1]) %}
# pattern: or_pattern 'as' pattern_capture_target | or_pattern
pattern -> or_pattern                       {% d => BM.orPattern(d[0]) %}
         | or_pattern %kw_as %name          {% d => BM.asPattern(BM.orPattern(d[0]), d[2]) %}
or_pattern -> closed_pattern                {% d => B.cons(d[0], null) %}
            | or_pattern %pipe closed_pattern {% d => B.cons(d[2], d[0]) %}
# closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class
closed_pattern -> literal_expr              {% d => BM.literal(d[0]) %}
                | name_or_attr              {% d => BM.nameOrValue(d[0]) %}
                | name_or_attr %lpar class_tail {% d => BM.classPattern(d[0], d[2].args, d[2].close) %}
                | %lpar %rpar               {% d => BM.sequence(null, d[0], d[1]) %}
                | %lpar pattern %rpar       {% d => d[1] %}
                | %lpar pitems %comma %rpar {% d => BM.sequence(d[1], d[0], d[3]) %}
                | %lpar pitems %comma pitem %rpar {% d => BM.sequence(B.cons(d[3], d[1]), d[0], d[4]) %}
                | %lsqb %rsqb               {% d => BM.sequence(null, d[0], d[1]) %}
                | %lsqb pitems %rsqb        {% d => BM.sequence(d[1], d[0], d[2]) %}
                | %lsqb pitems %comma %rsqb {% d => BM.sequence(d[1], d[0], d[3]) %}
                | %lbrace map_tail          {% d => BM.mappingPattern(d[0], d[1].items, d[1].rest, d[1].close) %}
# literal_expr: signed_number | complex_number | strings | 'None' | 'True' | 'False'
literal_expr -> signed_number               {% id %}
              | signed_number %addop %number {% d => BM.complexNumber(d[0], d[1], d[2]) %}
              | %string                     {% d => BM.literalExpr(B.leaf(d[0])) %}
              | %kw_None                    {% d => B.leaf(d[0]) %}
              | %kw_True                    {% d => B.leaf(d[0]) %}
              | %kw_False                   {% d => B.leaf(d[0]) %}
signed_number -> %number                    {% d => BM.signedNumber(null, d[0]) %}
               | %minus %number             {% d => BM.signedNumber(d[0], d[1]) %}
name_or_attr -> %name                       {% d => BM.nameOrAttr([d[0]]) %}
              | name_or_attr %dot %name     {% d => BM.nameOrAttr([d[0], d[1], d[2]]) %}
# class_pattern arguments: positional patterns, then NAME '=' pattern
class_tail -> %rpar                         {% d => ({ args: null, close: d[0] }) %}
            | class_args %rpar              {% d => ({ args: d[0], close: d[1] }) %}
            | class_args %comma %rpar       {% d => ({ args: d[0], close: d[2] }) %}
class_args -> class_arg                     {% d => B.cons(d[0], null) %}
            | class_args %comma class_arg   {% d => B.cons(d[2], d[0]) %}
class_arg -> pattern                        {% d => ({ kw: null, pattern: d[0] }) %}
           | %name %eq pattern              {% d => ({ kw: d[0], pattern: d[2] }) %}
# mapping_pattern, after '{': key_value_pattern items and/or '**' NAME
map_tail -> %rbrace                                     {% d => ({ items: null, rest: null, close: d[0] }) %}
          | map_items %rbrace                           {% d => ({ items: d[0], rest: null, close: d[1] }) %}
          | map_items %comma %rbrace                    {% d => ({ items: d[0], rest: null, close: d[2] }) %}
          | %dstar %name %rbrace                        {% d => ({ items: null, rest: d[1], close: d[2] }) %}
          | %dstar %name %comma %rbrace                 {% d => ({ items: null, rest: d[1], close: d[3] }) %}
          | map_items %comma %dstar %name %rbrace       {% d => ({ items: d[0], rest: d[3], close: d[4] }) %}
          | map_items %comma %dstar %name %comma %rbrace {% d => ({ items: d[0], rest: d[3], close: d[5] }) %}
map_items -> map_item                       {% d => B.cons(d[0], null) %}
           | map_items %comma map_item      {% d => B.cons(d[2], d[0]) %}
# key_value_pattern: (literal_expr | attr) ':' pattern  (attr: a dotted name)
map_item -> literal_expr %colon pattern     {% d => [d[0], d[2]] %}
          | name_or_attr %dot %name %colon pattern {% d => [BM.nameOrAttr([d[0], d[1], d[2]]), d[4]] %}

# function_def_raw: 'def' NAME '(' [params] ')' ['->' expression] ':' block
funcdef -> %kw_def %name %lpar params %rpar def_tail                 {% (d, r) => B.funcDef(d, r) %}
def_tail -> %colon suite                          {% d => ({ returns: null, body: d[1] }) %}
          | %arrow test %colon suite              {% d => ({ returns: d[1], body: d[3] }) %}
params -> null                       {% () => null %}
        | param_list                 {% id %}
        | param_list %comma          {% id %}
param_list -> param                  {% d => B.cons(d[0], null) %}
            | param_list %comma param {% d => B.cons(d[2], d[0]) %}
param -> %name                                {% d => ({ p: 'arg', arg: B.arg(d[0], null), def: null }) %}
       | %name %colon test                    {% d => ({ p: 'arg', arg: B.arg(d[0], d[2]), def: null }) %}
       | %name %eq test                       {% d => ({ p: 'arg', arg: B.arg(d[0], null), def: d[2] }) %}
       | %name %colon test %eq test           {% d => ({ p: 'arg', arg: B.arg(d[0], d[2]), def: d[4] }) %}
       | %star                                {% d => ({ p: 'star', tok: d[0], arg: null }) %}
       | %star %name                          {% d => ({ p: 'star', tok: d[0], arg: B.arg(d[1], null) }) %}
       | %star %name %colon test              {% d => ({ p: 'star', tok: d[0], arg: B.arg(d[1], d[3]) }) %}
       | %dstar %name                         {% d => ({ p: 'dstar', tok: d[0], arg: B.arg(d[1], null) }) %}
       | %dstar %name %colon test             {% d => ({ p: 'dstar', tok: d[0], arg: B.arg(d[1], d[3]) }) %}
       | %binop                               {% (d, r, reject) => d[0].value === '/' ? { p: 'slash', tok: d[0] } : reject %}

# class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
classdef -> %kw_class %name class_tail                     {% d => d[2].open ? B.classDef([d[0], d[1], d[2].open, d[2].args, d[2].close, d[2].body]) : B.classDef([d[0], d[1], d[2].body]) %}
class_tail -> %colon suite                             {% d => ({ body: d[1] }) %}
            | %lpar %rpar %colon suite                 {% d => ({ open: d[0], args: null, close: d[1], body: d[3] }) %}
            | %lpar args %rpar %colon suite            {% d => ({ open: d[0], args: d[1], close: d[2], body: d[4] }) %}

# decorators: ('@' named_expression NEWLINE)+
decorated -> decorators funcdef     {% d => B.decorated(d[0], d[1]) %}
           | decorators classdef    {% d => B.decorated(d[0], d[1]) %}
decorators -> %at namedexpr %NEWLINE              {% d => B.cons(d[1], null) %}
            | decorators %at namedexpr %NEWLINE   {% d => B.cons(d[2], d[0]) %}

# ---------------------------------------------------------------- expressions
# star_expressions: one item alone, or a tuple (trailing comma included in its span)
tse -> titems                       {% B.maybeTuple %}
     | titems %comma                {% B.maybeTuple %}
titems -> titem                     {% d => B.cons(d[0], null) %}
        | titems %comma titem       {% d => B.cons(d[2], d[0]) %}
# star_expression: '*' bitwise_or | expression
titem -> test                       {% id %}
       | %star xexpr                {% d => B.starred([d[0], B.fin(d[1])]) %}

# star_targets / for targets at the bitwise_or level (no comparisons, so `in` ends them)
exprlist -> xitems                  {% B.maybeTuple %}
          | xitems %comma           {% B.maybeTuple %}
xitems -> xitem                     {% d => B.cons(d[0], null) %}
        | xitems %comma xitem       {% d => B.cons(d[2], d[0]) %}
xitem -> xtarget                    {% id %}
       | %star xexpr                {% d => B.starred([d[0], B.fin(d[1])]) %}
xtarget -> xexpr                    {% d => B.fin(d[0]) %}

# named_expression: NAME ':=' expression | expression
namedexpr -> test                   {% id %}
           | %name %walrus test     {% B.namedExpr %}

# expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
test -> bexpr                               {% d => B.fin(d[0]) %}
      | bexpr %kw_if bexpr %kw_else test    {% d => B.ifExp([B.fin(d[0]), d[1], d[2], d[3], d[4]]) %}
      | lambdef                             {% id %}
disj -> bexpr                               {% d => B.fin(d[0]) %}

# disjunction .. sum .. term as ONE flat list: `not` only at the start or after and/or.
bexpr -> nfactor                    {% id %}
       | bexpr %anyop factor        {% B.flatPush %}
       | bexpr %boolop nfactor      {% B.flatPush %}
nfactor -> factor                   {% id %}
         | %kw_not nfactor          {% B.notPrefix %}
# bitwise_or as a flat list
xexpr -> factor                     {% id %}
       | xexpr %arithop factor      {% B.flatPush %}

# factor: '+' factor | '-' factor | '~' factor | power
factor -> power                     {% id %}
        | %unaryop factor           {% B.unary %}
# power: primary '**' factor | primary
power -> primary                    {% id %}
       | primary %dstar factor      {% B.power %}

# primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
primary -> atom                                    {% id %}
         | primary %dot %name                      {% B.attribute %}
         | primary %lpar call_tail                 {% d => d[2].genexp ? B.genexpArg(d[0], d[1], d[2].elt, d[2].gens, d[2].close) : B.call(d[0], d[2].args, d[2].close) %}
         | primary %lsqb slices %rsqb              {% B.subscript %}
call_tail -> %rpar                             {% d => ({ args: null, close: d[0] }) %}
           | args %rpar                        {% d => ({ args: d[0], close: d[1] }) %}
           | namedexpr comp_for %rpar          {% d => ({ genexp: true, elt: d[0], gens: d[1], close: d[2] }) %}

# arguments: args [','] &')'
args -> arg_list                    {% id %}
      | arg_list %comma             {% id %}
arg_list -> arg                     {% d => B.cons(d[0], null) %}
          | arg_list %comma arg     {% d => B.cons(d[2], d[0]) %}
arg -> namedexpr                    {% id %}
     | %star test                   {% B.starred %}
     | %dstar test                  {% B.kwUnpack %}
     | %name %eq test               {% B.keyword %}

# slices: slice !',' | ','.(slice | starred_expression)+ [',']
slices -> slice_items               {% B.slices %}
        | slice_items %comma        {% B.slices %}
slice_items -> slice_item                       {% d => B.cons(d[0], null) %}
             | slice_items %comma slice_item    {% d => B.cons(d[2], d[0]) %}
slice_item -> namedexpr             {% id %}
            | %star xexpr           {% d => B.starred([d[0], B.fin(d[1])]) %}
            | slice_head            {% d => d[0] %}
            | slice_head %colon     {% d => B.slice(d[0].lower, d[0].upper, null, d[0], d[1]) %}
            | slice_head %colon test {% d => B.slice(d[0].lower, d[0].upper, d[2], d[0], d[2]) %}
# slice: [expression] ':' [expression]
slice_head -> %colon                {% d => B.slice(null, null, null, d[0], d[0]) %}
            | test %colon           {% d => B.slice(d[0], null, null, d[0], d[1]) %}
            | %colon test           {% d => B.slice(null, d[1], null, d[0], d[1]) %}
            | test %colon test      {% d => B.slice(d[0], d[2], null, d[0], d[2]) %}

# atom, with tuple/group/genexp, list/listcomp, dict/set/dictcomp/setcomp left-factored on the bracket
atom -> %leaf                       {% d => B.leaf(d[0]) %}
      | %lpar paren_tail            {% d => B.parenAtom(d[0], d[1]) %}
      | %lsqb list_tail             {% d => B.listAtom(d[0], d[1]) %}
      | %lbrace brace_tail          {% d => B.braceAtom(d[0], d[1]) %}
# tuple | group | genexp, after '('
paren_tail -> %rpar                          {% d => ({ t: 'tuple', items: null, close: d[0] }) %}
            | yield_expr %rpar               {% d => ({ t: 'group', e: d[0], close: d[1] }) %}
            | namedexpr %rpar                {% d => ({ t: 'group', e: d[0], close: d[1] }) %}
            | namedexpr comp_for %rpar       {% d => ({ t: 'genexp', e: d[0], gens: d[1], close: d[2] }) %}
            | sitems %comma %rpar            {% d => ({ t: 'tuple', items: d[0], close: d[2] }) %}
            | sitems %comma sitem %rpar      {% d => ({ t: 'tuple', items: B.cons(d[2], d[0]), close: d[3] }) %}
# list | listcomp, after '['
list_tail -> %rsqb                           {% d => ({ t: 'list', items: null, close: d[0] }) %}
           | sitems %rsqb                    {% d => ({ t: 'list', items: d[0], close: d[1] }) %}
           | sitems %comma %rsqb             {% d => ({ t: 'list', items: d[0], close: d[2] }) %}
           | namedexpr comp_for %rsqb        {% d => ({ t: 'listcomp', e: d[0], gens: d[1], close: d[2] }) %}
# dict | set | dictcomp | setcomp, after '{'
brace_tail -> %rbrace                        {% d => ({ t: 'dict', items: null, close: d[0] }) %}
            | ditems %rbrace                 {% d => ({ t: 'dict', items: d[0], close: d[1] }) %}
            | ditems %comma %rbrace          {% d => ({ t: 'dict', items: d[0], close: d[2] }) %}
            | test %colon test comp_for %rbrace {% d => ({ t: 'dictcomp', k: d[0], v: d[2], gens: d[3], close: d[4] }) %}
            | sitems %rbrace                 {% d => ({ t: 'set', items: d[0], close: d[1] }) %}
            | sitems %comma %rbrace          {% d => ({ t: 'set', items: d[0], close: d[2] }) %}
            | namedexpr comp_for %rbrace     {% d => ({ t: 'setcomp', e: d[0], gens: d[1], close: d[2] }) %}
# star_named_expressions
sitems -> sitem                     {% d => B.cons(d[0], null) %}
        | sitems %comma sitem       {% d => B.cons(d[2], d[0]) %}
sitem -> namedexpr                  {% id %}
       | %star xexpr                {% d => B.starred([d[0], B.fin(d[1])]) %}
# double_starred_kvpairs
ditems -> ditem                     {% d => B.cons(d[0], null) %}
        | ditems %comma ditem       {% d => B.cons(d[2], d[0]) %}
ditem -> test %colon test           {% d => [d[0], d[2]] %}
       | %dstar xexpr               {% d => [null, B.fin(d[1])] %}

# for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+
comp_for -> comp_clause             {% d => B.cons(d[0], null) %}
          | comp_for comp_clause    {% d => B.cons(d[1], d[0]) %}
comp_clause -> %kw_for exprlist %kw_in disj              {% d => B.comprehension(d[1], d[3], null) %}
             | %kw_for exprlist %kw_in disj comp_ifs     {% d => B.comprehension(d[1], d[3], d[4]) %}
comp_ifs -> %kw_if disj             {% d => B.cons(d[1], null) %}
          | comp_ifs %kw_if disj    {% d => B.cons(d[2], d[0]) %}

# yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
yield_expr -> %kw_yield                     {% d => ({ kind: 'Yield', value: null, ...B.at(d[0], d[0]) }) %}
            | %kw_yield yield_tail          {% d => d[1].from ? { kind: 'YieldFrom', value: d[1].e, ...B.at(d[0], d[1].e) } : { kind: 'Yield', value: d[1].e, ...B.at(d[0], d[1].e) } %}
yield_tail -> %kw_from test                 {% d => ({ from: true, e: d[1] }) %}
            | tse                           {% d => ({ from: false, e: d[0] }) %}

# lambdef: 'lambda' [lambda_params] ':' expression
lambdef -> %kw_lambda lambda_tail   {% d => ({ kind: 'Lambda', args: B.argumentsOf(B.toArray(d[1].params), true), body: d[1].body, ...B.at(d[0], d[1].body) }) %}
lambda_tail -> %colon test                          {% d => ({ params: null, body: d[1] }) %}
             | lparam_list %colon test              {% d => ({ params: d[0], body: d[2] }) %}
             | lparam_list %comma %colon test       {% d => ({ params: d[0], body: d[3] }) %}
lparam_list -> lparam                       {% d => B.cons(d[0], null) %}
             | lparam_list %comma lparam    {% d => B.cons(d[2], d[0]) %}
lparam -> %name                             {% d => ({ p: 'arg', arg: B.arg(d[0], null), def: null }) %}
        | %name %eq test                    {% d => ({ p: 'arg', arg: B.arg(d[0], null), def: d[2] }) %}
        | %star                             {% d => ({ p: 'star', tok: d[0], arg: null }) %}
        | %star %name                       {% d => ({ p: 'star', tok: d[0], arg: B.arg(d[1], null) }) %}
        | %dstar %name                      {% d => ({ p: 'dstar', tok: d[0], arg: B.arg(d[1], null) }) %}
        | %binop                            {% (d, r, reject) => d[0].value === '/' ? { p: 'slash', tok: d[0] } : reject %}
