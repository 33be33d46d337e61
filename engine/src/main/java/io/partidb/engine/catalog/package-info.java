/**
 * Table and index definitions, their options, and the versioned catalog snapshot. Records here
 * are immutable and validated with DynamoDB's CreateTable and UpdateTable rules.
 */
package io.partidb.engine.catalog;
