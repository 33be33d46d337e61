/**
 * DynamoDB's data model: {@link io.partidb.engine.value.AttributeValue} and its ten types, the
 * rules DynamoDB applies to them (number range, set rules, nesting, sizes, key order) and
 * DynamoDB JSON.
 */
package io.partidb.engine.value;
