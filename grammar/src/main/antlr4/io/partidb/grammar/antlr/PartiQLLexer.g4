/*
 * Tokens of PartiQL as DynamoDB accepts it, plus PartiDB's DDL and EXPLAIN.
 *
 * Keywords are case-insensitive. Only the words that start or separate clauses, the operators
 * and the literal words are reserved (see PartiQLParser.nonReservedKeyword); every other keyword
 * may also be used as a bare name.
 *
 * The lexer never reports an error itself: malformed input becomes one of the UNTERMINATED_* or
 * UNRECOGNIZED tokens, which no parser rule accepts, so the parser reports it with its position
 * and a specific message.
 */
lexer grammar PartiQLLexer;

options { caseInsensitive = true; }

// Reserved words.
SELECT: 'SELECT';
FROM: 'FROM';
WHERE: 'WHERE';
ORDER: 'ORDER';
BY: 'BY';
AS: 'AS';
AND: 'AND';
OR: 'OR';
NOT: 'NOT';
BETWEEN: 'BETWEEN';
IN: 'IN';
IS: 'IS';
NULL: 'NULL';
MISSING: 'MISSING';
TRUE: 'TRUE';
FALSE: 'FALSE';
INSERT: 'INSERT';
INTO: 'INTO';
UPDATE: 'UPDATE';
DELETE: 'DELETE';
SET: 'SET';
REMOVE: 'REMOVE';

// Non-reserved words: DML clauses.
ASC: 'ASC';
DESC: 'DESC';
LIMIT: 'LIMIT';
OFFSET: 'OFFSET';
VALUE: 'VALUE';
VALUES: 'VALUES';
RETURNING: 'RETURNING';
ALL: 'ALL';
MODIFIED: 'MODIFIED';
OLD: 'OLD';
NEW: 'NEW';
EXPLAIN: 'EXPLAIN';

// Non-reserved words: DDL.
CREATE: 'CREATE';
ALTER: 'ALTER';
DROP: 'DROP';
TABLE: 'TABLE';
INDEX: 'INDEX';
LOCAL: 'LOCAL';
GLOBAL: 'GLOBAL';
PRIMARY: 'PRIMARY';
KEY: 'KEY';
PROJECTION: 'PROJECTION';
KEYS_ONLY: 'KEYS_ONLY';
INCLUDE: 'INCLUDE';
IF: 'IF';
EXISTS: 'EXISTS';
WITH: 'WITH';
ON: 'ON';

// Non-reserved words: attribute types.
STRING: 'STRING';
VARCHAR: 'VARCHAR';
TEXT: 'TEXT';
NUMBER: 'NUMBER';
NUMERIC: 'NUMERIC';
DECIMAL: 'DECIMAL';
INT: 'INT';
INTEGER: 'INTEGER';
BIGINT: 'BIGINT';
SMALLINT: 'SMALLINT';
DOUBLE: 'DOUBLE';
FLOAT: 'FLOAT';
REAL: 'REAL';
BINARY: 'BINARY';
VARBINARY: 'VARBINARY';
BLOB: 'BLOB';
BOOLEAN: 'BOOLEAN';
BOOL: 'BOOL';
MAP: 'MAP';
LIST: 'LIST';

// Operators and punctuation.
EQ: '=';
NE: '<>' | '!=';
LE: '<=';
GE: '>=';
SET_OPEN: '<<';
SET_CLOSE: '>>';
LT: '<';
GT: '>';
PLUS: '+';
MINUS: '-';
STAR: '*';
DOT: '.';
COMMA: ',';
COLON: ':';
SEMICOLON: ';';
LPAREN: '(';
RPAREN: ')';
LBRACKET: '[';
RBRACKET: ']';
LBRACE: '{';
RBRACE: '}';
QUESTION_MARK: '?';

// Literals and names. An unterminated form is shorter than the terminated one, so it only wins
// when the closing quote is really absent.
STRING_LITERAL: '\'' ( ~'\'' | '\'\'' )* '\'';
UNTERMINATED_STRING: '\'' ( ~'\'' | '\'\'' )*;
QUOTED_IDENTIFIER: '"' ( ~'"' | '""' )* '"';
UNTERMINATED_QUOTED_IDENTIFIER: '"' ( ~'"' | '""' )*;
NUMBER_LITERAL: ( DIGIT+ ( '.' DIGIT* )? | '.' DIGIT+ ) ( 'E' [+-]? DIGIT+ )?;
IDENTIFIER: [A-Z_] [A-Z0-9_]*;

// DynamoDB refuses Ion data; the token exists so that the refusal can say so.
ION_LITERAL: '`' ~'`'* '`'?;

LINE_COMMENT: '--' ~[\r\n]* -> skip;
BLOCK_COMMENT: '/*' .*? '*/' -> skip;
// Matches a comment with no closing '*/'; a closed comment is always the longer match.
UNTERMINATED_BLOCK_COMMENT: '/*' ( ~'*' | '*'+ ~[*/] )* '*'*;
WHITESPACE: [ \t\r\n\f\u000B]+ -> skip;

// Anything else ('#', '/', '$', ...): refused by the parser with its position.
UNRECOGNIZED: .;

fragment DIGIT: [0-9];
