package io.partidb.engine.index;

import io.partidb.engine.storage.IndexStore;

import java.util.Objects;

/** A readable secondary index: its shape and the entries a Query or Scan of it reads. */
public record IndexView(IndexShape shape, IndexStore entries) {
    /** Requires both parts. */
    public IndexView {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(entries, "entries");
    }
}
