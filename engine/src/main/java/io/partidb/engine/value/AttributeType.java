package io.partidb.engine.value;

/** The ten DynamoDB data types, named as in DynamoDB JSON ({@code BOOL}, {@code SS}, ...). */
public enum AttributeType {
    S, N, B, BOOL, NULL, L, M, SS, NS, BS
}
