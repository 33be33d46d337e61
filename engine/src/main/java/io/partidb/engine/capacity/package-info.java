/** Consumed capacity: DynamoDB's read and write unit arithmetic. */
package io.partidb.engine.capacity;
