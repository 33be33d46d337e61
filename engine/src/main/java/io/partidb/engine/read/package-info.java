/**
 * Query and Scan with DynamoDB's paging: requests ({@link io.partidb.engine.read.QueryRequest},
 * {@link io.partidb.engine.read.ScanRequest}, {@link io.partidb.engine.read.SortKeyCondition}),
 * their validation, and the {@link io.partidb.engine.read.Page} each call returns, with Limit,
 * the 1 MB page, LastEvaluatedKey / ExclusiveStartKey and consumed capacity.
 */
package io.partidb.engine.read;
