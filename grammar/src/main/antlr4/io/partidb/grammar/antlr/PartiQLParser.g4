/*
 * PartiQL as DynamoDB accepts it (SELECT, INSERT, UPDATE in both forms, DELETE), PartiDB's DDL
 * (CREATE/DROP/ALTER TABLE, CREATE/DROP INDEX) and EXPLAIN.
 *
 * The grammar is deliberately a little wider than the language in a few places (table aliases,
 * FROM paths of any length, any RETURNING on DELETE, one key for a LOCAL index): the AST builder
 * refuses those with DynamoDB's own messages instead of a bare "Unexpected token".
 */
parser grammar PartiQLParser;

options { tokenVocab = PartiQLLexer; }

root
    : statement SEMICOLON? EOF
    ;

statement
    : EXPLAIN innerStatement
    | innerStatement
    ;

innerStatement
    : selectStatement
    | insertStatement
    | updateStatement
    | fromFirstUpdateStatement
    | deleteStatement
    | createTableStatement
    | createIndexStatement
    | dropIndexStatement
    | dropTableStatement
    | alterTableStatement
    ;

// ---------------------------------------------------------------------------------------------
// DML

selectStatement
    : SELECT selectList
      FROM tableRef tableAlias?
      (WHERE where=expr)?
      (ORDER BY orderItem (COMMA orderItem)*)?
      (LIMIT limit=expr (OFFSET offset=expr)?)?
    ;

selectList
    : STAR
    | selectItem (COMMA selectItem)*
    ;

selectItem
    : countAll=name LPAREN STAR RPAREN (AS? alias=name)?
    | expr (AS? alias=name)?
    ;

orderItem
    : expr direction=(ASC | DESC)?
    ;

insertStatement
    : INSERT INTO tableRef (valueForm | valuesForm)
    ;

valueForm
    : VALUE expr
    ;

valuesForm
    : LPAREN name (COMMA name)* RPAREN VALUES valuesRow (COMMA valuesRow)*
    ;

valuesRow
    : LPAREN expr (COMMA expr)* RPAREN
    ;

updateStatement
    : UPDATE tableRef tableAlias? updateClause+ WHERE where=expr returningClause?
    ;

fromFirstUpdateStatement
    : FROM tableRef tableAlias? WHERE where=expr updateClause+ returningClause?
    ;

updateClause
    : SET setAssignment (COMMA setAssignment)*
    | REMOVE path (COMMA path)*
    ;

setAssignment
    : path EQ expr
    ;

deleteStatement
    : DELETE FROM tableRef tableAlias? WHERE where=expr returningClause?
    ;

returningClause
    : RETURNING scope=(ALL | MODIFIED) image=(OLD | NEW) STAR
    ;

// A table, or a table and one of its indexes; longer paths are refused by the AST builder.
tableRef
    : name (DOT name)*
    ;

// Only recognised so that it can be refused with "Aliasing is not supported". A bare alias is
// limited to plain identifiers so that non-reserved clause words (LIMIT, ...) still work.
tableAlias
    : AS name
    | IDENTIFIER
    | QUOTED_IDENTIFIER
    ;

// ---------------------------------------------------------------------------------------------
// DDL

createTableStatement
    : CREATE TABLE (IF NOT EXISTS)? table=name
      LPAREN tableElement (COMMA tableElement)* RPAREN
      (WITH optionList)?
    ;

tableElement
    : attributeDecl
    | primaryKeyClause
    | indexClause
    ;

attributeDecl
    : name typeSpec (NOT NULL)?
    ;

primaryKeyClause
    : PRIMARY KEY keyList
    ;

indexClause
    : kind=(LOCAL | GLOBAL) INDEX name keyList projectionClause?
    ;

keyList
    : LPAREN name (COMMA name)? RPAREN
    ;

projectionClause
    : PROJECTION (ALL | KEYS_ONLY | INCLUDE LPAREN name (COMMA name)* RPAREN)
    ;

typeSpec
    : base=(STRING | NUMBER | BINARY) SET                                        # setType
    | base=(VARCHAR | VARBINARY) (LPAREN NUMBER_LITERAL RPAREN)?                  # sizedType
    | base=(NUMERIC | DECIMAL)
      (LPAREN NUMBER_LITERAL (COMMA NUMBER_LITERAL)? RPAREN)?                     # decimalType
    | base=(STRING | TEXT | NUMBER | INT | INTEGER | BIGINT | SMALLINT | DOUBLE | FLOAT | REAL
          | BINARY | BLOB | BOOLEAN | BOOL | MAP | LIST)                          # simpleType
    ;

createIndexStatement
    : CREATE kind=(GLOBAL | LOCAL)? INDEX index=name ON table=name keyList projectionClause?
    ;

dropIndexStatement
    : DROP INDEX index=name ON table=name
    ;

dropTableStatement
    : DROP TABLE (IF EXISTS)? table=name
    ;

alterTableStatement
    : ALTER TABLE table=name SET optionList
    ;

optionList
    : LPAREN tableOption (COMMA tableOption)* RPAREN
    ;

tableOption
    : name EQ optionValue
    ;

optionValue
    : STRING_LITERAL
    | MINUS? NUMBER_LITERAL
    | TRUE
    | FALSE
    | NULL
    ;

// ---------------------------------------------------------------------------------------------
// Expressions, lowest precedence first.

expr
    : orExpr
    ;

orExpr
    : andExpr (OR andExpr)*
    ;

andExpr
    : notExpr (AND notExpr)*
    ;

notExpr
    : NOT notExpr
    | predicate
    ;

// The operand is parsed once and the operator decided by the next token, so that a long operand
// (a map in a comparison) never needs to be scanned twice.
predicate
    : additive predicateSuffix?
    ;

predicateSuffix
    : comparisonOperator additive                                  # comparisonSuffix
    | NOT? BETWEEN low=additive AND high=additive                  # betweenSuffix
    | NOT? IN inList                                               # inSuffix
    | IS NOT? isTest                                               # isSuffix
    ;

comparisonOperator
    : EQ | NE | LT | LE | GT | GE
    ;

inList
    : LBRACKET (expr (COMMA expr)*)? RBRACKET
    | LPAREN expr (COMMA expr)* RPAREN
    ;

isTest
    : NULL
    | MISSING
    | IDENTIFIER
    | nonReservedKeyword
    ;

additive
    : unary (operator+=(PLUS | MINUS) unary)*
    ;

unary
    : MINUS unary
    | primary
    ;

primary
    : literal                                                      # literalPrimary
    | QUESTION_MARK                                                # parameterPrimary
    | function=name LPAREN (expr (COMMA expr)*)? RPAREN            # functionCallPrimary
    | path                                                         # pathPrimary
    | LPAREN expr RPAREN                                           # parenthesizedPrimary
    | LBRACKET (expr (COMMA expr)*)? RBRACKET                      # listPrimary
    | LBRACE (mapEntry (COMMA mapEntry)*)? RBRACE                  # mapPrimary
    | SET_OPEN (expr (COMMA expr)*)? SET_CLOSE                     # setPrimary
    ;

literal
    : STRING_LITERAL
    | NUMBER_LITERAL
    | TRUE
    | FALSE
    | NULL
    | MISSING
    ;

mapEntry
    : key=STRING_LITERAL COLON expr
    ;

path
    : name pathStep*
    ;

pathStep
    : DOT name                                                     # fieldStep
    | LBRACKET NUMBER_LITERAL RBRACKET                             # indexStep
    ;

// ---------------------------------------------------------------------------------------------
// Names

name
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | nonReservedKeyword
    ;

// Keywords that never start or separate a clause where a name may stand, so they stay usable as
// bare table, index, attribute and option names.
nonReservedKeyword
    : ASC | DESC | LIMIT | OFFSET | VALUE | VALUES | RETURNING | ALL | MODIFIED | OLD | NEW
    | EXPLAIN | CREATE | ALTER | DROP | TABLE | INDEX | LOCAL | GLOBAL | PRIMARY | KEY
    | PROJECTION | KEYS_ONLY | INCLUDE | IF | EXISTS | WITH | ON
    | STRING | VARCHAR | TEXT | NUMBER | NUMERIC | DECIMAL | INT | INTEGER | BIGINT | SMALLINT
    | DOUBLE | FLOAT | REAL | BINARY | VARBINARY | BLOB | BOOLEAN | BOOL | MAP | LIST
    ;
